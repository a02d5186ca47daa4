package org.ecstatic.publish;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class S3TargetTest {
    @Nested
    class Parsing {
        @Test
        void takesTheBucketAndAPrefixThatEndsInASlash() {
            assertThat(S3Target.parse("s3://assets.example.com/static")).isEqualTo(new S3Target("assets.example.com", "static/"));
            assertThat(S3Target.parse("s3://assets/static/")).isEqualTo(new S3Target("assets", "static/"));
            assertThat(S3Target.parse("s3://assets/app/v1/static")).isEqualTo(new S3Target("assets", "app/v1/static/"));
            assertThat(S3Target.parse("s3://assets")).isEqualTo(new S3Target("assets", ""));
            assertThat(S3Target.parse("s3://assets/")).isEqualTo(new S3Target("assets", ""));
        }

        @Test
        void refusesWhatIsNotABucketAndAPlainPrefix() {
            assertThatThrownBy(() -> S3Target.parse("assets/static")).hasMessage("'assets/static' is not of the form s3://BUCKET/PREFIX");
            assertThatThrownBy(() -> S3Target.parse("s3://ab/x")).hasMessage("the bucket name 'ab' in s3://ab/x must have 3 to 63 characters");
            assertThatThrownBy(() -> S3Target.parse("s3://my_bucket")).hasMessage("the bucket name 'my_bucket' in s3://my_bucket"
                    + " may hold only lowercase letters, digits, '-' and '.'");
            assertThatThrownBy(() -> S3Target.parse("s3://-assets")).hasMessage("the bucket name '-assets' in s3://-assets must"
                    + " start and end with a letter or digit, with no '..'");
            assertThatThrownBy(() -> S3Target.parse("s3://assets//static")).hasMessage("the prefix '/static' in s3://assets//static"
                    + " starts with '/'; names are relative to the static root");
            assertThatThrownBy(() -> S3Target.parse("s3://assets/a/../b")).hasMessage("the prefix 'a/../b' in s3://assets/a/../b"
                    + " holds a '..' segment; names stay below the static root");
        }
    }

    @Nested
    class Keys {
        @Test
        void putTheNameBelowThePrefixAndTakeItBackOut() {
            S3Target target = S3Target.parse("s3://assets/static");
            assertThat(target.key("css/site.css")).isEqualTo("static/css/site.css");
            assertThat(target.nameOf("static/css/site.css")).isEqualTo("css/site.css");
            assertThat(target.nameOf("other/css/site.css")).isNull();
            assertThat(target.nameOf("static/")).isNull();
            assertThat(target).hasToString("s3://assets/static/");
            assertThat(S3Target.parse("s3://assets").key("robots.txt")).isEqualTo("robots.txt");
        }
    }
}
