package org.ecstatic.runtime.serving;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.nio.ByteBuffer;
import java.util.Optional;

/**
 * The container's own write of a {@link ByteBuffer}. Jetty's and Tomcat's output streams have a public
 * {@code write(ByteBuffer)} (Servlet 6.1 makes it standard), which passes a direct buffer to the socket
 * without copying it into a heap array first. Looked up once per output stream class, so that the
 * library still builds against Servlet 6.0.
 */
final class BufferWrites {
    private static final MethodType WRITE = MethodType.methodType(void.class, ByteBuffer.class);
    private static final MethodType CALL = MethodType.methodType(void.class, OutputStream.class, ByteBuffer.class);

    private static final ClassValue<Optional<MethodHandle>> HANDLES = new ClassValue<>() {
        @Override
        protected Optional<MethodHandle> computeValue(Class<?> type) {
            try {
                return Optional.of(MethodHandles.publicLookup().findVirtual(type, "write", WRITE).asType(CALL));
            } catch (NoSuchMethodException | IllegalAccessException e) {
                return Optional.empty(); // a stream of a wrapper that a filter put in between, say
            }
        }
    };

    private BufferWrites() {
    }

    /** Returns whether {@code out} writes a ByteBuffer itself. */
    static boolean supported(OutputStream out) {
        return HANDLES.get(out.getClass()).isPresent();
    }

    /**
     * Writes {@code buffer} with {@code out}'s own {@code write(ByteBuffer)}, which {@link #supported}
     * said it has. The buffer is the container's until the write has completed.
     */
    static void write(OutputStream out, ByteBuffer buffer) throws IOException {
        MethodHandle write = HANDLES.get(out.getClass()).orElseThrow();
        try {
            write.invokeExact(out, buffer);
        } catch (IOException | RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IOException(t);
        }
    }
}
