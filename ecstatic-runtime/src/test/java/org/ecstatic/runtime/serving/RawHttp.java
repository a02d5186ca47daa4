package org.ecstatic.runtime.serving;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP/1.1 over a plain socket: the request line goes out byte for byte as given, so paths that an
 * HTTP client would normalise or refuse ({@code ..}, {@code \}, {@code %00}, invalid UTF-8) reach
 * the server as they are.
 */
final class RawHttp {
    private RawHttp() {
    }

    /** A response as read off the wire. */
    record Response(int status, byte[] bytes) {
        String text() {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }

        String body() {
            String text = text();
            int end = text.indexOf("\r\n\r\n");
            return end < 0 ? "" : text.substring(end + 4);
        }
    }

    /** Sends {@code GET <target> HTTP/1.1} where {@code target} is written as ISO-8859-1 bytes. */
    static Response get(TestServer server, String target) {
        return get(server, target.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** Sends {@code GET <target> HTTP/1.1} with the target's bytes exactly as given. */
    static Response get(TestServer server, byte[] target) {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write("GET ".getBytes(StandardCharsets.US_ASCII));
            out.write(target);
            out.write(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            byte[] bytes = readAll(socket.getInputStream());
            return new Response(status(bytes), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) != -1; ) {
                all.write(buffer, 0, n);
            }
        } catch (SocketTimeoutException e) {
            throw new IOException("no end of response within 10 s after " + all.size() + " bytes", e);
        } catch (IOException e) {
            // a server may reset the connection right after a 400; what arrived still counts
            if (all.size() == 0) {
                throw e;
            }
        }
        return all.toByteArray();
    }

    private static int status(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 12), StandardCharsets.ISO_8859_1);
        if (!head.startsWith("HTTP/1.1 ") || head.length() < 12) {
            return -1;
        }
        return Integer.parseInt(head.substring(9, 12));
    }
}
