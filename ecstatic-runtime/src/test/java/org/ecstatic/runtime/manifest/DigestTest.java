package org.ecstatic.runtime.manifest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class DigestTest {
    // sha256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
    final byte[] abc = "abc".getBytes(StandardCharsets.US_ASCII);

    @Test
    void givesTheShortHexForNamesAndTheIntegrityValue() {
        Digest d = Digest.of(abc);
        assertThat(d.hex()).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(d.shortHex()).isEqualTo("ba7816bf8f01");
        assertThat(d.integrity()).isEqualTo("sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0=");
    }

    @Test
    void streamsGiveTheSameDigestAsBytes() {
        assertThat(Digest.of(new ByteArrayInputStream(abc))).isEqualTo(Digest.of(abc));
        assertThat(Digest.of(new byte[] {9, 'a', 'b', 'c', 9}, 1, 3)).isEqualTo(Digest.of(abc));
    }
}
