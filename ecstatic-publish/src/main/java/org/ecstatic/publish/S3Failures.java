package org.ecstatic.publish;

import org.ecstatic.runtime.EcstaticException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.services.s3.model.S3Exception;

import java.net.URI;

/**
 * Turns what the SDK throws into an {@link EcstaticException} whose message says what went wrong, on
 * which bucket or object, and what to do: credentials the store refuses, a bucket that does not exist,
 * a permission the credentials lack, bytes that do not match their checksum, a store out of reach.
 */
final class S3Failures {
    static final String CREDENTIALS_HELP = "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, "
            + "or run where a role provides them";

    private final S3Target target;
    private final URI endpoint;

    S3Failures(S3Target target, URI endpoint) {
        this.target = target;
        this.endpoint = endpoint;
    }

    /**
     * Returns the exception for {@code e}, thrown while doing {@code action} ({@code "list"},
     * {@code "upload"}, {@code "read"}, {@code "delete"}) on the object {@code name} below the prefix
     * (null for the listing).
     */
    EcstaticException explain(RuntimeException e, String action, String name) {
        String what = name == null ? target.toString() : "s3://" + target.bucket() + "/" + target.key(name);
        if (e instanceof S3Exception s3 && s3.awsErrorDetails() != null) {
            String code = s3.awsErrorDetails().errorCode();
            String message = switch (code == null ? "" : code) {
                case "NoSuchBucket" -> "The bucket " + target.bucket() + " does not exist" + at()
                        + ". Create it, or check the bucket name in " + target + " and the endpoint.";
                case "InvalidAccessKeyId" -> "The store does not know the access key ID of these credentials"
                        + " (InvalidAccessKeyId, while trying to " + action + " " + what + "): " + CREDENTIALS_HELP + ".";
                case "SignatureDoesNotMatch" -> "The store refused the signature of the request (SignatureDoesNotMatch,"
                        + " while trying to " + action + " " + what + "): the secret access key does not belong to the"
                        + " access key ID. Check AWS_SECRET_ACCESS_KEY or the profile.";
                case "AccessDenied", "AllAccessDisabled" -> "Access denied: these credentials may not " + action + " "
                        + what + " (" + code + "). Grant them " + permission(action) + " on " + target + ".";
                case "BadDigest", "XAmzContentSHA256Mismatch", "InvalidDigest" -> "The store received other bytes than "
                        + "the checksum of " + name + " promised (" + code + "): the file changed while it was being"
                        + " uploaded. Run collect again, then publish.";
                default -> "The store answered " + s3.statusCode() + " " + code + " when asked to " + action + " " + what
                        + ": " + s3.awsErrorDetails().errorMessage();
            };
            return new EcstaticException(message, e);
        }
        if (e instanceof SdkClientException && String.valueOf(e.getMessage()).contains("Unable to load credentials")) {
            return new EcstaticException("No AWS credentials were found: " + CREDENTIALS_HELP + ".", e);
        }
        if (e instanceof SdkClientException && String.valueOf(e.getMessage()).contains("Unable to load region")) {
            return new EcstaticException("No region was given: pass --region (ecstatic.publish.region), "
                    + "or set AWS_REGION.", e);
        }
        return new EcstaticException("Could not " + action + " " + what + at() + ": " + rootMessage(e)
                + ". Check that the store is reachable at that address.", e);
    }

    private String at() {
        return endpoint == null ? "" : " at " + endpoint;
    }

    private static String permission(String action) {
        return switch (action) {
            case "list" -> "s3:ListBucket";
            case "upload" -> "s3:PutObject";
            case "read" -> "s3:GetObject";
            case "delete" -> "s3:DeleteObject";
            default -> "s3:ListBucket, s3:GetObject, s3:PutObject and s3:DeleteObject";
        };
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? String.valueOf(e.getMessage()) : root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
