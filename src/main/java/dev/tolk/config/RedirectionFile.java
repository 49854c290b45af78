package dev.tolk.config;

import java.nio.file.Path;

/**
 * A redirection file ({@code .openpublishing.redirection.json}) to read, and how its paths meet
 * the content. Its {@code source_path}s are relative to the file's folder and its
 * {@code source_path_from_root}s to the repository root; {@code folder} is the file's folder and
 * {@code docsetFolder} the folder that the content's locale folder stands for, both relative to
 * that root ({@code ""} for the root itself). {@code docsetFolder} is null when it is not known
 * (a Tolk project, whose locale folders were cloned from somewhere): then it is inferred from the
 * entries (see {@link Redirections}).
 *
 * @param display the file as diagnostics name it
 */
public record RedirectionFile(Path file, String display, String folder, String docsetFolder) {
}
