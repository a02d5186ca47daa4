/*
 * SHA-256 for the collector's JNI library (org.ecstatic.tools.Sha256): with the CPU's SHA extensions
 * where it has them (x86-64 SHA-NI), else in portable C. A fresh JVM runs the JDK's SHA-256 as C1
 * code, without the SHA instructions C2 would use, at a tenth of the speed; a collect hashes every byte.
 */
#include <jni.h>
#include <stdint.h>
#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))

static void blocks_portable(uint32_t s[8], const uint8_t *p, size_t n) {
    uint32_t w[64];
    while (n--) {
        for (int t = 0; t < 16; t++) {
            w[t] = (uint32_t) p[4 * t] << 24 | (uint32_t) p[4 * t + 1] << 16 | (uint32_t) p[4 * t + 2] << 8 | p[4 * t + 3];
        }
        for (int t = 16; t < 64; t++) {
            uint32_t s0 = ROTR(w[t - 15], 7) ^ ROTR(w[t - 15], 18) ^ (w[t - 15] >> 3);
            uint32_t s1 = ROTR(w[t - 2], 17) ^ ROTR(w[t - 2], 19) ^ (w[t - 2] >> 10);
            w[t] = w[t - 16] + s0 + w[t - 7] + s1;
        }
        uint32_t a = s[0], b = s[1], c = s[2], d = s[3], e = s[4], f = s[5], g = s[6], h = s[7];
        for (int t = 0; t < 64; t++) {
            uint32_t t1 = h + (ROTR(e, 6) ^ ROTR(e, 11) ^ ROTR(e, 25)) + ((e & f) ^ (~e & g)) + K[t] + w[t];
            uint32_t t2 = (ROTR(a, 2) ^ ROTR(a, 13) ^ ROTR(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            h = g; g = f; f = e; e = d + t1; d = c; c = b; b = a; a = t1 + t2;
        }
        s[0] += a; s[1] += b; s[2] += c; s[3] += d; s[4] += e; s[5] += f; s[6] += g; s[7] += h;
        p += 64;
    }
}

#if defined(__x86_64__) && defined(__GNUC__)
#include <cpuid.h>
#include <immintrin.h>

__attribute__((target("sha,sse4.1")))
static void blocks_sha_ni(uint32_t s[8], const uint8_t *p, size_t n) {
    const __m128i byteswap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *) &s[0]), 0xB1); /* CDAB */
    __m128i state1 = _mm_shuffle_epi32(_mm_loadu_si128((const __m128i *) &s[4]), 0x1B); /* EFGH */
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8); /* ABEF */
    state1 = _mm_blend_epi16(state1, tmp, 0xF0); /* CDGH */
    while (n--) {
        __m128i abef = state0, cdgh = state1, x[4];
        for (int i = 0; i < 16; i++) {
            __m128i m;
            if (i < 4) {
                m = x[i] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *) (p + 16 * i)), byteswap);
            } else {
                /* W[4i..4i+3] from the four groups before it, as FIPS 180-4 section 6.2.2 step 1 */
                __m128i w = _mm_sha256msg1_epu32(x[i & 3], x[(i + 1) & 3]);
                w = _mm_add_epi32(w, _mm_alignr_epi8(x[(i + 3) & 3], x[(i + 2) & 3], 4));
                m = x[i & 3] = _mm_sha256msg2_epu32(w, x[(i + 3) & 3]);
            }
            m = _mm_add_epi32(m, _mm_loadu_si128((const __m128i *) &K[4 * i]));
            state1 = _mm_sha256rnds2_epu32(state1, state0, m);
            state0 = _mm_sha256rnds2_epu32(state0, state1, _mm_shuffle_epi32(m, 0x0E));
        }
        state0 = _mm_add_epi32(state0, abef);
        state1 = _mm_add_epi32(state1, cdgh);
        p += 64;
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B); /* FEBA */
    state1 = _mm_shuffle_epi32(state1, 0xB1); /* DCHG */
    _mm_storeu_si128((__m128i *) &s[0], _mm_blend_epi16(tmp, state1, 0xF0)); /* DCBA */
    _mm_storeu_si128((__m128i *) &s[4], _mm_alignr_epi8(state1, tmp, 8)); /* HGFE */
}

static int has_sha_ni(void) {
    unsigned a, b, c, d;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d) || !(b & (1u << 29))) {
        return 0;
    }
    return __get_cpuid(1, &a, &b, &c, &d) && (c & (1u << 19)) && (c & (1u << 9)); /* SSE4.1, SSSE3 */
}
#endif

typedef void (*blocks_fn)(uint32_t s[8], const uint8_t *p, size_t n);
static blocks_fn blocks = blocks_portable;

static void sha256(const uint8_t *data, size_t length, uint8_t out[32]) {
    uint32_t s[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    size_t whole = length / 64;
    blocks(s, data, whole);
    uint8_t last[128];
    size_t rest = length - whole * 64;
    memcpy(last, data + whole * 64, rest);
    last[rest] = 0x80;
    size_t padded = rest + 1 + 8 <= 64 ? 64 : 128;
    memset(last + rest + 1, 0, padded - rest - 1);
    uint64_t bits = (uint64_t) length * 8;
    for (int i = 0; i < 8; i++) {
        last[padded - 1 - i] = (uint8_t) (bits >> (8 * i));
    }
    blocks(s, last, padded / 64);
    for (int i = 0; i < 8; i++) {
        out[4 * i] = (uint8_t) (s[i] >> 24);
        out[4 * i + 1] = (uint8_t) (s[i] >> 16);
        out[4 * i + 2] = (uint8_t) (s[i] >> 8);
        out[4 * i + 3] = (uint8_t) s[i];
    }
}

/* The SHA-256 of `data`, for the other parts of the library (files.c). */
__attribute__((visibility("hidden"))) void ecstatic_sha256(const uint8_t *data, size_t length, uint8_t out[32]) {
    sha256(data, length, out);
}

JNIEXPORT jint JNICALL Java_org_ecstatic_tools_Sha256_init(JNIEnv *env, jclass type, jboolean portable) {
#if defined(__x86_64__) && defined(__GNUC__)
    if (!portable && has_sha_ni()) {
        blocks = blocks_sha_ni;
        return 1;
    }
#endif
    blocks = blocks_portable;
    return 0;
}

JNIEXPORT void JNICALL Java_org_ecstatic_tools_Sha256_digest0(JNIEnv *env, jclass type, jbyteArray data, jint offset,
                                                              jint length, jbyteArray out) {
    uint8_t digest[32];
    jbyte *bytes = (*env)->GetPrimitiveArrayCritical(env, data, NULL);
    if (bytes == NULL) {
        return; /* an OutOfMemoryError is pending */
    }
    sha256((const uint8_t *) bytes + offset, (size_t) length, digest);
    (*env)->ReleasePrimitiveArrayCritical(env, data, bytes, JNI_ABORT);
    (*env)->SetByteArrayRegion(env, out, 0, 32, (const jbyte *) digest);
}
