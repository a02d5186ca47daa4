package org.ecstatic.runtime.serving;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.ecstatic.runtime.dev.WebAppFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * How the bytes of a file reach the client, chosen per response from what the container offers, best
 * first (bytes held in memory are written from there, unless sendfile applies):
 * <ol>
 * <li>Tomcat's sendfile from 48 KB, also for bytes held in memory: the request attributes
 *     {@code org.apache.tomcat.sendfile.*} hand the file on disk to the connector, which sends it
 *     without copying it through the JVM and without holding a request thread while a slow client
 *     reads (Tomcat's own DefaultServlet does this from 48 KB);</li>
 * <li>for a content-addressed file on disk, where the container writes a {@link ByteBuffer} itself
 *     (Jetty; {@link BufferWrites}): the file mapped into memory once ({@link MappedFiles}) and handed
 *     over whole, written asynchronously where the request may go asynchronous; from 48 KB also when
 *     its bytes are held in memory;</li>
 * <li>a non-blocking write: the request goes asynchronous and a {@link WriteListener} writes a chunk
 *     whenever the client can take one, so a client that reads slowly, or not at all, holds no thread;</li>
 * <li>the portable fallback, a blocking copy through a 64 KB buffer, where neither is possible (a
 *     filter or servlet in the chain that does not support asynchronous requests).</li>
 * </ol>
 */
final class BodySender {
    /**
     * From this many bytes on, Tomcat's sendfile is worth its set-up (Tomcat's own threshold), and a
     * mapped buffer beats a copy of bytes held on the heap.
     */
    static final long SENDFILE_MIN = 48 * 1024;
    static final String SENDFILE_SUPPORT = "org.apache.tomcat.sendfile.support";
    static final String SENDFILE_FILENAME = "org.apache.tomcat.sendfile.filename";
    static final String SENDFILE_START = "org.apache.tomcat.sendfile.start";
    static final String SENDFILE_END = "org.apache.tomcat.sendfile.end";
    private static final int CHUNK = 64 * 1024;

    private final WebAppFiles files;
    private final MappedFiles mapped = new MappedFiles();

    BodySender(WebAppFiles files) {
        this.files = files;
    }

    /** Returns the number of files mapped into memory so far. */
    int mappedFiles() {
        return mapped.size();
    }

    /**
     * Sends {@code count} bytes of {@code rep} from {@code first}; the status and headers are set. With
     * sendfile or an asynchronous write the body is sent after this returns.
     *
     * @param request   the request, or null to send with a blocking copy
     * @param immutable whether the file's name carries its hash, so that its bytes never change
     */
    void send(HttpServletRequest request, HttpServletResponse response, Representation rep, boolean immutable,
              long first, long count) throws IOException {
        // before the bytes in memory: from 48 KB, Tomcat's sendfile beats a copy from the heap too
        if (request != null && count >= SENDFILE_MIN && Boolean.TRUE.equals(request.getAttribute(SENDFILE_SUPPORT))) {
            Path onDisk = files.onDisk(rep.name());
            if (onDisk != null) {
                request.setAttribute(SENDFILE_FILENAME, onDisk.toAbsolutePath().toString());
                request.setAttribute(SENDFILE_START, first);
                request.setAttribute(SENDFILE_END, first + count);
                return;
            }
        }
        boolean canGoAsync = request != null && request.isAsyncSupported() && !request.isAsyncStarted();
        // from 48 KB a mapped buffer beats a copy from the heap too, as sendfile does on Tomcat
        if (immutable && request != null && (rep.bytes() == null || count >= SENDFILE_MIN)
                && BufferWrites.supported(response.getOutputStream())) {
            Path onDisk = files.onDisk(rep.name());
            ByteBuffer body = onDisk == null ? null : mapped.slice(onDisk, rep.length(), first, count);
            if (body != null) {
                writeBuffer(request, response, body, canGoAsync);
                return;
            }
        }
        if (rep.bytes() != null) {
            response.getOutputStream().write(rep.bytes(), (int) first, (int) count);
            return;
        }
        if (canGoAsync) {
            InputStream in = files.open(rep.name());
            try {
                in.skipNBytes(first);
            } catch (IOException e) {
                in.close();
                throw e;
            }
            AsyncContext async = request.startAsync();
            async.setTimeout(0); // the connector's idle timeout ends a client that stopped reading
            ServletOutputStream out = response.getOutputStream();
            out.setWriteListener(new Chunks(async, out, in, count, rep.name()));
            return;
        }
        rep.write(response.getOutputStream(), files, first, count);
    }

    private static void writeBuffer(HttpServletRequest request, HttpServletResponse response, ByteBuffer body,
                                    boolean canGoAsync) throws IOException {
        ServletOutputStream out = response.getOutputStream();
        if (!canGoAsync) {
            BufferWrites.write(out, body);
            return;
        }
        AsyncContext async = request.startAsync();
        async.setTimeout(0);
        out.setWriteListener(new WholeBuffer(async, out, body));
    }

    /** Hands the whole buffer to the container once it can take a write, and completes when it is sent. */
    private static final class WholeBuffer implements WriteListener {
        private final AsyncContext async;
        private final ServletOutputStream out;
        private ByteBuffer body;

        WholeBuffer(AsyncContext async, ServletOutputStream out, ByteBuffer body) {
            this.async = async;
            this.out = out;
            this.body = body;
        }

        @Override
        public void onWritePossible() throws IOException {
            if (body != null) {
                ByteBuffer b = body;
                body = null;
                BufferWrites.write(out, b);
            }
            if (out.isReady()) {
                async.complete();
            }
        }

        @Override
        public void onError(Throwable t) {
            async.complete();
        }
    }

    /** Writes the file a chunk at a time, whenever the client can take one. */
    private static final class Chunks implements WriteListener {
        private final AsyncContext async;
        private final ServletOutputStream out;
        private final InputStream in;
        private final String name;
        private final byte[] buffer;
        private long left;

        Chunks(AsyncContext async, ServletOutputStream out, InputStream in, long count, String name) {
            this.async = async;
            this.out = out;
            this.in = in;
            this.left = count;
            this.name = name;
            this.buffer = new byte[(int) Math.min(CHUNK, Math.max(1, count))];
        }

        @Override
        public void onWritePossible() throws IOException {
            while (out.isReady()) {
                if (left == 0) {
                    finish();
                    return;
                }
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("The static file " + name + " became shorter after it was indexed");
                }
                out.write(buffer, 0, n);
                left -= n;
            }
        }

        @Override
        public void onError(Throwable t) {
            finish();
        }

        private void finish() {
            try {
                in.close();
            } catch (IOException e) {
                // a file that was only read: nothing is lost by a failed close
            }
            async.complete();
        }
    }
}
