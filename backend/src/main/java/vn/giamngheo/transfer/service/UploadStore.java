package vn.giamngheo.transfer.service;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import vn.giamngheo.common.error.ProblemException;
import vn.giamngheo.common.error.ProblemType;

/**
 * Uploaded files on disk, one per job, written as they arrive (never held in memory) with their SHA-256 computed on
 * the way. A file stays until its job has nothing more to read from it.
 */
@ApplicationScoped
public class UploadStore {
    private final ImportConfig config;

    UploadStore(ImportConfig config) {
        this.config = config;
    }

    public record Stored(Path path, long size, String sha256) {
    }

    /** Streams the body to a new file; over the size limit the file is removed and the answer is 413. */
    public Stored save(InputStream body) {
        try {
            Path dir = dir();
            Path tmp = Files.createTempFile(dir, "upload-", ".part");
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            long max = config.maxFileSize().asLongValue();
            long size = 0;
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(tmp), sha)) {
                byte[] buf = new byte[1 << 16];
                int n;
                while ((n = body.read(buf)) != -1) {
                    size += n;
                    if (size > max) {
                        out.close();
                        Files.deleteIfExists(tmp);
                        throw new ProblemException(ProblemType.TOO_LARGE, "FILE_TOO_LARGE",
                                "The file is larger than the " + config.maxFileSize().asLongValue() / (1024 * 1024) + " MB an import accepts");
                    }
                    out.write(buf, 0, n);
                }
            }
            if (size == 0) {
                Files.deleteIfExists(tmp);
                throw ProblemException.invalid(List.of(vn.giamngheo.common.error.FieldError.body("", "EMPTY_FILE", "the file is empty")));
            }
            return new Stored(tmp, size, HexFormat.of().formatHex(sha.digest()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Gives a saved upload its job's name. */
    public void keep(Stored stored, UUID jobId) {
        try {
            Files.move(stored.path(), file(jobId), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void discard(Stored stored) {
        try {
            Files.deleteIfExists(stored.path());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file(UUID jobId) {
        return dir().resolve(jobId + ".upload");
    }

    public boolean exists(UUID jobId) {
        return Files.exists(file(jobId));
    }

    public void delete(UUID jobId) {
        try {
            Files.deleteIfExists(file(jobId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path dir() {
        try {
            return Files.createDirectories(Path.of(config.storageDir()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
