package kam.platform.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Comparator;
import java.util.stream.Stream;

/** Where infra keeps binaries and data: under the project's git-ignored {@code .cache/}, never the system temp folder. */
public final class Directories {
    /** System property (set by the build) naming the project's cache folder. */
    public static final String CACHE_DIR_PROPERTY = "kam.cache.dir";

    private Directories() {}

    public static Path cacheDir() {
        String configured = System.getProperty(CACHE_DIR_PROPERTY, System.getenv("KAM_CACHE_DIR"));
        Path dir = configured == null || configured.isBlank() ? Paths.get(".cache") : Paths.get(configured);
        return create(dir.toAbsolutePath().normalize());
    }

    /** A new folder for data that lives only as long as this process. */
    public static Path temporary(String prefix) {
        try {
            return Files.createTempDirectory(create(cacheDir().resolve("tmp")), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path create(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create " + dir, e);
        }
    }

    public static void deleteRecursively(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder())
                    .forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }
}
