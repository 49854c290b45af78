package dev.tolk.cli;

/** The help text that {@code build} and {@code check} share on reading a DocFX docset without a tolk.yaml. */
final class DocsetHelp {
    static final String FOOTER = """

            Without a tolk.yaml, a DocFX docset is read as its docfx.json says:
            content and resource globs, metadata keys, titleSuffix, dest.
              --source content   content/<locale>/docfx.json: a docset per locale
              --source DIR       DIR/docfx.json: one docset folder of one locale:
                                 --locale, else the folder's name (nl-NL, x.nl-nl),
                                 else en-US
            Redirections (.openpublishing.redirection.json, or redirections: in
            tolk.yaml) become redirect pages.""";

    private DocsetHelp() {
    }
}
