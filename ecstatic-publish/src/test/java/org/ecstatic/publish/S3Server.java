package org.ecstatic.publish;

import org.gaul.s3proxy.AccessGrant;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.blobstore.ForwardingBlobStore;
import org.gaul.s3proxy.blobstore.HttpResponse;
import org.gaul.s3proxy.blobstore.HttpResponseException;
import org.gaul.s3proxy.blobstore.domain.Blob;
import org.gaul.s3proxy.blobstore.options.PutOptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

import java.net.URI;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A real S3 API server for the tests: S3Proxy in this JVM, on a free port of 127.0.0.1, storing objects as
 * files under a temporary directory. It knows two identities: {@link #ACCESS_KEY} may do everything,
 * {@link #READER_KEY} may list and read but is denied every write and delete (403 AccessDenied).
 */
final class S3Server implements AutoCloseable {
    static final String ACCESS_KEY = "publisher";
    static final String SECRET_KEY = "publisher-secret-key";
    static final String READER_KEY = "reader";
    static final String READER_SECRET = "reader-secret-key";

    private final S3Proxy proxy;
    private final BlobStore store;
    private final URI endpoint;

    private S3Server(S3Proxy proxy, BlobStore store, URI endpoint) {
        this.proxy = proxy;
        this.store = store;
        this.endpoint = endpoint;
    }

    /** Starts a server that keeps its objects under {@code dir}. */
    static S3Server start(Path dir) throws Exception {
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", dir.toString());
        BlobStore store = BlobStores.create("filesystem-nio2", properties);
        S3Proxy proxy = S3Proxy.builder().blobStore(store)
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .endpoint(URI.create("http://127.0.0.1:0")).build();
        BlobStore readOnly = new DenyWrites(store);
        proxy.setBlobStoreLocator((identity, container, blob) -> {
            if (ACCESS_KEY.equals(identity)) {
                return new AccessGrant(SECRET_KEY, store);
            }
            return READER_KEY.equals(identity) ? new AccessGrant(READER_SECRET, readOnly) : null;
        });
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(10);
        }
        return new S3Server(proxy, store, URI.create("http://127.0.0.1:" + proxy.getPort()));
    }

    /** Returns the endpoint, {@code http://127.0.0.1:<port>}. */
    URI endpoint() {
        return endpoint;
    }

    /** Creates a bucket. */
    void createBucket(String bucket) {
        try (S3Client s3 = client()) {
            s3.createBucket(r -> r.bucket(bucket));
        }
    }

    /** Returns a client of the full-access identity, with {@code interceptors}; the caller closes it. */
    S3Client client(ExecutionInterceptor... interceptors) {
        return client(ACCESS_KEY, SECRET_KEY, interceptors);
    }

    /** Returns a client of these credentials, path-style, with {@code interceptors}; the caller closes it. */
    S3Client client(String accessKey, String secretKey, ExecutionInterceptor... interceptors) {
        return S3Client.builder().endpointOverride(endpoint).forcePathStyle(true).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create(accessKey, secretKey)))
                .overrideConfiguration(c -> {
                    for (ExecutionInterceptor interceptor : interceptors) {
                        c.addExecutionInterceptor(interceptor);
                    }
                })
                .requestChecksumCalculation(software.amazon.awssdk.core.checksums.RequestChecksumCalculation.WHEN_REQUIRED)
                .build();
    }

    /** Stops the server: requests then fail to connect. */
    void stop() throws Exception {
        proxy.stop();
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
        store.close();
    }

    /** The store as the reader sees it: reads pass, writes and deletes are refused with 403. */
    private static final class DenyWrites extends ForwardingBlobStore {
        DenyWrites(BlobStore store) {
            super(store);
        }

        @Override
        public String putBlob(String container, Blob blob, PutOptions options) {
            throw new HttpResponseException(new HttpResponse(403));
        }

        @Override
        public void removeBlob(String container, String name) {
            throw new HttpResponseException(new HttpResponse(403));
        }

        @Override
        public void removeBlobs(String container, Iterable<String> names) {
            throw new HttpResponseException(new HttpResponse(403));
        }
    }
}
