package dev.tolk.cli;

import dev.tolk.output.AtomicOutput;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The test class path as the processes of {@link TolkProcess} start with it, and a class-data
 * archive of the classes a build loads, both made once per JVM: the launcher's archive
 * (target/tolk.jsa, DESIGN §8) for the test class path. A JVM archives classes from jars only,
 * so each folder of the class path (target/classes, target/test-classes) is copied into a jar of
 * the same files; a training build of this repository's sample then writes the archive. The
 * processes run the same classes with the same arguments and environment, without verifying and
 * parsing some 3,000 classes each (about 0.4 s of CPU a process; KillSweepIT starts 23 of them,
 * DeterminismIT 13).
 * If no archive could be made, the processes start without one, as before.
 */
final class ClassDataArchive {
    private static final Path REPO = Path.of("").toAbsolutePath();
    private static ClassDataArchive made;

    /** The class path to start with. */
    final String classPath;
    /** The JVM options that map the archive (none when there is no archive). */
    final List<String> options;

    private ClassDataArchive(String classPath, List<String> options) {
        this.classPath = classPath;
        this.options = options;
    }

    /** The one of this JVM, made by the first caller (the others wait). */
    static synchronized ClassDataArchive get(List<String> quickStart) {
        if (made == null) {
            try {
                made = make(quickStart);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return made;
    }

    private static ClassDataArchive make(List<String> quickStart) throws IOException, InterruptedException {
        Path folder = dev.tolk.testing.TestFolders.create("tolk-class-data-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                AtomicOutput.deleteTree(folder);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }));
        List<String> entries = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            if (Files.isDirectory(p)) {
                Path jar = folder.resolve("classpath-" + entries.size() + ".jar");
                jar(p, jar);
                entries.add(jar.toString());
            } else {
                entries.add(entry);
            }
        }
        String classPath = String.join(File.pathSeparator, entries);
        Path archive = folder.resolve("classes.jsa");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(quickStart);
        command.addAll(List.of("-XX:ArchiveClassesAtExit=" + archive, "-Xlog:cds=off,cds+dynamic=off", "-cp", classPath,
                "dev.tolk.cli.Main", "build", "--no-cache", "--config", REPO.resolve("tolk.yaml").toString(),
                "--source", REPO.resolve("content").toString(), "--templates", REPO.resolve("templates").toString(),
                "--out", folder.resolve("training-site").toString()));
        Process training = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(folder.resolve("training.log").toFile()).start();
        boolean ended = training.waitFor(120, TimeUnit.SECONDS);
        if (!ended) training.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        List<String> options = ended && Files.isRegularFile(archive)
                ? List.of("-XX:SharedArchiveFile=" + archive, "-Xlog:cds=off,cds+dynamic=off")
                : List.of();
        return new ClassDataArchive(classPath, options);
    }

    /** A jar of every file under {@code folder}, folders included (as a class path folder serves them). */
    private static void jar(Path folder, Path jar) throws IOException {
        List<Path> all;
        try (Stream<Path> walk = Files.walk(folder)) {
            all = walk.filter(p -> !p.equals(folder)).sorted().toList();
        }
        try (OutputStream file = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(file)) {
            zip.setLevel(1);
            for (Path p : all) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    zip.putNextEntry(new ZipEntry(name + "/"));
                } else {
                    zip.putNextEntry(new ZipEntry(name));
                    Files.copy(p, zip);
                }
                zip.closeEntry();
            }
        }
    }
}
