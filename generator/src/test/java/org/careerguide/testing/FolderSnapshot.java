package org.careerguide.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Every file of a folder with the SHA-256 of its bytes, so a test can say that an output folder
 * holds exactly one site, byte for byte, and nothing else.
 */
public record FolderSnapshot(Map<String, String> files) {

    public static FolderSnapshot of(Path folder) {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(folder.relativize(file).toString().replace('\\', '/'),
                        HexFormat.of().formatHex(sha.digest(Files.readAllBytes(file))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        return new FolderSnapshot(files);
    }

    /**
     * The names in {@code folder}'s parent, sorted: what lies beside it. The manifest of the site in
     * place ({@code .<name>.manifest}, what the next build reuses pages by) belongs to that site and
     * is not counted.
     */
    public static List<String> besides(Path folder) {
        String manifest = "." + folder.getFileName() + ".manifest";
        try (Stream<Path> list = Files.list(folder.getParent())) {
            return list.map(path -> path.getFileName().toString()).filter(name -> !name.equals(manifest)).sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Names beside {@code folder} that a build of it uses: {@code .<name>.tmp-*}, {@code .old-*}, {@code .lock}. */
    public static List<String> buildFilesBeside(Path folder) {
        String prefix = "." + folder.getFileName() + ".";
        return besides(folder).stream().filter(name -> name.startsWith(prefix)).toList();
    }

    /** True once a build of {@code site} writes pages: its temporary folder has a roles/ folder. */
    public static boolean beingWritten(Path site) {
        String prefix = "." + site.getFileName() + ".tmp-";
        try (Stream<Path> list = Files.list(site.getParent())) {
            return list.anyMatch(path -> path.getFileName().toString().startsWith(prefix)
                    && Files.isDirectory(path.resolve("roles")));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int size() {
        return files.size();
    }
}
