/*
 * Reading a source whole and creating an output file, for the collector's JNI library
 * (org.ecstatic.tools.NativeFiles). A fresh JVM runs the JDK's file channels through many layers of
 * interpreted and C1 code and copies each array through a temporary direct buffer; a collect reads and
 * writes thousands of files once each. Here each is open, read or write, fstat and close, straight
 * between the file and the Java array.
 *
 * Nothing here reports an error: a call that cannot do its work returns so, leaving nothing behind,
 * and the Java code does the same work with the JDK, which gives the exception its message is made of.
 */
#define _GNU_SOURCE
#include <jni.h>
#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* At most this many bytes go between a file and a pinned array in one system call: the garbage
 * collector waits while an array is pinned. */
#define CHUNK (1 << 20)

/* Returns a copy of the path in `path` with a NUL after it, or NULL when there is no memory for it. */
static char *path_of(JNIEnv *env, jbyteArray path) {
    jsize n = (*env)->GetArrayLength(env, path);
    char *p = malloc((size_t) n + 1);
    if (p != NULL) {
        (*env)->GetByteArrayRegion(env, path, 0, n, (jbyte *) p);
        p[n] = 0;
    }
    return p;
}

/*
 * Reads `length` bytes from `fd` into `array` (`writing` 0), or writes `length` bytes of `array` to `fd`
 * (`writing` 1), a chunk at a time; returns 0 when all were moved, -1 else (an error, or the file
 * became shorter than it said).
 */
static int transfer(JNIEnv *env, int fd, jbyteArray array, jsize length, int writing) {
    for (jsize done = 0; done < length;) {
        jsize want = length - done < CHUNK ? length - done : CHUNK;
        jbyte *bytes = (*env)->GetPrimitiveArrayCritical(env, array, NULL);
        if (bytes == NULL) {
            return -1;
        }
        ssize_t moved;
        do {
            moved = writing ? write(fd, bytes + done, (size_t) want) : read(fd, bytes + done, (size_t) want);
        } while (moved < 0 && errno == EINTR);
        (*env)->ReleasePrimitiveArrayCritical(env, array, bytes, writing ? JNI_ABORT : 0);
        if (moved <= 0) {
            return -1;
        }
        done += (jsize) moved;
    }
    return 0;
}

/*
 * Returns the bytes of the regular file at `path`; NULL when it cannot be opened or read, is not a
 * regular file, is larger than an array holds, or changes length while it is read.
 */
JNIEXPORT jbyteArray JNICALL Java_org_ecstatic_tools_NativeFiles_read0(JNIEnv *env, jclass type, jbyteArray path) {
    char *p = path_of(env, path);
    if (p == NULL) {
        return NULL;
    }
    int fd = open(p, O_RDONLY | O_CLOEXEC);
    free(p);
    if (fd < 0) {
        return NULL;
    }
    jbyteArray array = NULL;
    struct stat st;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= 0x7ffffff0) {
        array = (*env)->NewByteArray(env, (jsize) st.st_size);
        if (array != NULL) {
            char extra;
            ssize_t more;
            if (transfer(env, fd, array, (jsize) st.st_size, 0) != 0) {
                array = NULL;
            } else {
                do {
                    more = read(fd, &extra, 1);
                } while (more < 0 && errno == EINTR);
                if (more != 0) {
                    array = NULL; /* the file grew, or could not be read to its end */
                }
            }
        } else {
            (*env)->ExceptionClear(env); /* no memory for the array: the JDK reports it */
        }
    }
    close(fd);
    return array;
}

/*
 * Creates the file at `path` (which must not exist) with the permissions the umask gives, writes
 * `bytes` into it and puts its size and modification time (milliseconds since the epoch) into
 * `stamp`. Returns 0 when it did; 1 when a file or directory of that name exists (nothing was
 * touched); -1 when it could not (a file it created is deleted again).
 */
JNIEXPORT jint JNICALL Java_org_ecstatic_tools_NativeFiles_create0(JNIEnv *env, jclass type, jbyteArray path,
                                                                   jbyteArray bytes, jlongArray stamp) {
    char *p = path_of(env, path);
    if (p == NULL) {
        return -1;
    }
    int fd;
    do {
        fd = open(p, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        int exists = errno == EEXIST;
        free(p);
        return exists ? 1 : -1;
    }
    struct stat st;
    int ok = transfer(env, fd, bytes, (*env)->GetArrayLength(env, bytes), 1) == 0 && fstat(fd, &st) == 0;
    ok = close(fd) == 0 && ok;
    if (!ok) {
        unlink(p);
        free(p);
        return -1;
    }
    free(p);
    jlong values[2] = {(jlong) st.st_size, (jlong) st.st_mtim.tv_sec * 1000 + st.st_mtim.tv_nsec / 1000000};
    (*env)->SetLongArrayRegion(env, stamp, 0, 2, values);
    return 0;
}

void ecstatic_sha256(const uint8_t *data, size_t length, uint8_t out[32]);

/* Creates the file at `path`, which must not exist, with `length` bytes of `data`, and puts its size
 * and time into `stamp`; returns 0 when it did, -1 else (a file it created is deleted again). */
static int create_with(const char *path, const uint8_t *data, size_t length, jlong stamp[2]) {
    int fd;
    do {
        fd = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0666);
    } while (fd < 0 && errno == EINTR);
    if (fd < 0) {
        return -1;
    }
    size_t done = 0;
    while (done < length) {
        ssize_t put = write(fd, data + done, length - done);
        if (put < 0 && errno == EINTR) {
            continue;
        }
        if (put <= 0) {
            break;
        }
        done += (size_t) put;
    }
    struct stat st;
    int ok = done == length && fstat(fd, &st) == 0;
    ok = close(fd) == 0 && ok;
    if (!ok) {
        unlink(path);
        return -1;
    }
    stamp[0] = (jlong) st.st_size;
    stamp[1] = (jlong) st.st_mtim.tv_sec * 1000 + st.st_mtim.tv_nsec / 1000000;
    return 0;
}

/* Returns the bytes of the regular file at `path` in memory from malloc, their number in `length`;
 * NULL when it cannot be read whole, or changes length while it is read. */
static uint8_t *read_whole(const char *path, size_t *length) {
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        return NULL;
    }
    struct stat st;
    uint8_t *data = NULL;
    if (fstat(fd, &st) == 0 && S_ISREG(st.st_mode) && st.st_size <= 0x7ffffff0) {
        size_t size = (size_t) st.st_size;
        data = malloc(size + 1);
        size_t done = 0;
        while (data != NULL) { /* asks for one byte more than the size: the file must end there */
            ssize_t got = read(fd, data + done, size + 1 - done);
            if (got < 0 && errno == EINTR) {
                continue;
            }
            if (got == 0 && done == size) {
                break;
            }
            if (got <= 0 || (done += (size_t) got) > size) {
                free(data); /* an error, or the file is shorter or longer than it said */
                data = NULL;
            }
        }
        *length = size;
    }
    close(fd);
    return data;
}

/*
 * Copies the regular file at `source`, as it is, to `original` and to `hashed`, after putting the
 * first 12 hex digits of its SHA-256 into `hashed` at `hash_at` (12 bytes that are there to be
 * overwritten). Neither output may exist. Puts the SHA-256 into `digest` (32 bytes), and the size and
 * time of the original and of the hashed file into `stamps` (4 longs). Returns 0 when it did all
 * of it; -1 when it did none of it (whatever it created is deleted again).
 */
JNIEXPORT jint JNICALL Java_org_ecstatic_tools_NativeFiles_copy0(JNIEnv *env, jclass type, jbyteArray source,
                                                                 jbyteArray original, jbyteArray hashed, jint hash_at,
                                                                 jbyteArray digest, jlongArray stamps) {
    static const char hex[] = "0123456789abcdef";
    char *from = path_of(env, source), *to = path_of(env, original), *to_hashed = path_of(env, hashed);
    int result = -1;
    size_t length = 0;
    uint8_t *data = from != NULL && to != NULL && to_hashed != NULL ? read_whole(from, &length) : NULL;
    if (data != NULL && hash_at >= 0 && (size_t) hash_at + 12 <= strlen(to_hashed)) {
        uint8_t sha[32];
        ecstatic_sha256(data, length, sha);
        for (int i = 0; i < 6; i++) {
            to_hashed[hash_at + 2 * i] = hex[sha[i] >> 4];
            to_hashed[hash_at + 2 * i + 1] = hex[sha[i] & 15];
        }
        jlong written[4];
        if (create_with(to_hashed, data, length, written + 2) == 0) {
            if (create_with(to, data, length, written) == 0) {
                (*env)->SetByteArrayRegion(env, digest, 0, 32, (const jbyte *) sha);
                (*env)->SetLongArrayRegion(env, stamps, 0, 4, written);
                result = 0;
            } else {
                unlink(to_hashed);
            }
        }
    }
    free(data);
    free(from);
    free(to);
    free(to_hashed);
    return result;
}

#include <dirent.h>

int ecstatic_decode_utf8(const uint8_t *b, int n, uint16_t *out);

/* Whether the name is well-formed UTF-8, as the JDK reads names (others are left to it). */
static int utf8_name(const char *name, size_t length) {
    uint16_t units[256]; /* a name has at most 255 bytes, and no more units than bytes */
    return length < 256 && ecstatic_decode_utf8((const uint8_t *) name, (int) length, units) >= 0;
}

/*
 * Lists the directory at `path`, without following symbolic links: returns {long[] stats, byte[] names}
 * where stats holds three longs an entry (its kind: 1 a regular file, 2 a directory, 3 a symbolic link,
 * 0 anything else; its size; its modification time in milliseconds, both 0 but for regular files) and
 * names the entries' names, each ended by a NUL, in the same order, "." and ".." left out. Returns NULL
 * when it cannot list the directory, or a name is not UTF-8.
 */
JNIEXPORT jobjectArray JNICALL Java_org_ecstatic_tools_NativeFiles_list0(JNIEnv *env, jclass type, jbyteArray path) {
    char *p = path_of(env, path);
    if (p == NULL) {
        return NULL;
    }
    int fd = open(p, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    free(p);
    if (fd < 0) {
        return NULL;
    }
    DIR *dir = fdopendir(fd);
    if (dir == NULL) {
        close(fd);
        return NULL;
    }
    size_t statCount = 0, statCapacity = 3 * 64, nameSize = 0, nameCapacity = 4096;
    jlong *stats = malloc(sizeof(jlong) * statCapacity);
    char *names = malloc(nameCapacity);
    int ok = stats != NULL && names != NULL;
    struct dirent *e;
    while (ok && (errno = 0, e = readdir(dir)) != NULL) {
        const char *name = e->d_name;
        if (name[0] == '.' && (name[1] == 0 || (name[1] == '.' && name[2] == 0))) {
            continue;
        }
        size_t length = strlen(name);
        if (!utf8_name(name, length)) {
            ok = 0;
            break;
        }
        jlong kind = 0, size = 0, modified = 0;
        if (e->d_type == DT_DIR) {
            kind = 2;
        } else if (e->d_type == DT_LNK) {
            kind = 3;
        } else {
            struct stat st;
            if (fstatat(dirfd(dir), name, &st, AT_SYMLINK_NOFOLLOW) != 0) {
                ok = 0; /* gone or unreadable while listed: the JDK says which */
                break;
            }
            if (S_ISREG(st.st_mode)) {
                kind = 1;
                size = (jlong) st.st_size;
                modified = (jlong) st.st_mtim.tv_sec * 1000 + st.st_mtim.tv_nsec / 1000000;
            } else if (S_ISDIR(st.st_mode)) {
                kind = 2;
            } else if (S_ISLNK(st.st_mode)) {
                kind = 3;
            }
        }
        if (statCount + 3 > statCapacity) {
            jlong *grown = statCapacity > ((size_t) 1 << 28) ? NULL : realloc(stats, sizeof(jlong) * statCapacity * 2);
            if (grown == NULL) {
                ok = 0;
                break;
            }
            stats = grown;
            statCapacity *= 2;
        }
        if (nameSize + length + 1 > nameCapacity) {
            size_t capacity = (nameSize + length + 1) * 2;
            char *grown = capacity > ((size_t) 1 << 30) ? NULL : realloc(names, capacity);
            if (grown == NULL) {
                ok = 0;
                break;
            }
            names = grown;
            nameCapacity = capacity;
        }
        stats[statCount++] = kind;
        stats[statCount++] = size;
        stats[statCount++] = modified;
        memcpy(names + nameSize, name, length + 1);
        nameSize += length + 1;
    }
    if (ok && errno != 0) {
        ok = 0; /* readdir failed */
    }
    closedir(dir);
    jobjectArray result = NULL;
    if (ok) {
        jlongArray statArray = (*env)->NewLongArray(env, (jsize) statCount);
        jbyteArray nameArray = statArray ? (*env)->NewByteArray(env, (jsize) nameSize) : NULL;
        jclass object = nameArray ? (*env)->FindClass(env, "java/lang/Object") : NULL;
        result = object ? (*env)->NewObjectArray(env, 2, object, NULL) : NULL;
        if (result) {
            (*env)->SetLongArrayRegion(env, statArray, 0, (jsize) statCount, stats);
            (*env)->SetByteArrayRegion(env, nameArray, 0, (jsize) nameSize, (const jbyte *) names);
            (*env)->SetObjectArrayElement(env, result, 0, statArray);
            (*env)->SetObjectArrayElement(env, result, 1, nameArray);
        }
    }
    free(stats);
    free(names);
    return result;
}
