package dev.tolk.render;

import dev.tolk.render.PageModels.ArticlePage;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.ext.beans.ZeroArgumentNonVoidMethodPolicy;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders pages through FreeMarker {@code .ftlh} templates (HTML auto-escaping). Templates are
 * looked up in the project's templates folder first, then in the default set shipped in the jar.
 * Hardened: {@code ?new} resolves no class, {@code ?api} is off, and the object wrapper exposes
 * only the view-model records' components ({@link ViewModelAccessPolicy}). One configuration per
 * build, shared by all threads.
 *
 * <p>Article pages, by the ten thousand, skip FreeMarker when the {@code article.ftlh} and
 * {@code layout.ftlh} in effect are, by content, the bundled ones that {@link DefaultArticleWriter}
 * reproduces: it writes the same bytes without reflection. A project that overrides either
 * template (or a page the writer cannot write) goes through FreeMarker as before.
 */
public final class PageRenderer {
    /** A template failed: its name and line, and what went wrong. */
    public static final class TemplateProblem extends Exception {
        private final String template;
        private final int line;
        private final int column;

        TemplateProblem(String template, int line, int column, String message, Throwable cause) {
            super(message, cause);
            this.template = template;
            this.line = line;
            this.column = column;
        }

        public String template() {
            return template;
        }

        public int line() {
            return line;
        }

        public int column() {
            return column;
        }
    }

    /** The template of article pages, which {@link #articles} can write. */
    private static final String ARTICLE_TEMPLATE = "article.ftlh";
    private static final String LAYOUT_TEMPLATE = "layout.ftlh";

    private final Configuration cfg;
    /** Writes article pages when the templates in effect are the bundled ones; null otherwise. */
    private final DefaultArticleWriter articles;

    /**
     * Each thread's page buffer, emptied for every page and grown to its largest: a page of a
     * few kilobytes no longer costs a fresh 32-KiB array (a tenth of what a 10,000-article build
     * allocated). A page is copied out of it whole ({@link Utf8Output#toByteArray}) before the
     * next one begins; templates do not render pages inside pages.
     */
    private final ThreadLocal<Utf8Output> buffers = ThreadLocal.withInitial(() -> new Utf8Output(32 * 1024));

    public PageRenderer(Path templatesDir) throws IOException {
        this(templatesDir, true);
    }

    /** With {@code directArticles} false, every page goes through FreeMarker (tests compare the two). */
    PageRenderer(Path templatesDir, boolean directArticles) throws IOException {
        cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (templatesDir != null && Files.isDirectory(templatesDir)) loaders.add(new FileTemplateLoader(templatesDir.toFile()));
        loaders.add(new ClassTemplateLoader(PageRenderer.class, "/dev/tolk/templates"));
        TemplateLoader loader = new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
        cfg.setTemplateLoader(loader);
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setLocalizedLookup(false);
        DefaultObjectWrapperBuilder wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        wrapper.setExposeFields(false);
        wrapper.setMemberAccessPolicy(ViewModelAccessPolicy.INSTANCE);
        // view models are records: let templates write page.frame.title for frame().title()
        wrapper.setRecordZeroArgumentNonVoidMethodPolicy(
                ZeroArgumentNonVoidMethodPolicy.BOTH_METHOD_AND_PROPERTY_UNLESS_BEAN_PROPERTY_READ_METHOD);
        cfg.setObjectWrapper(wrapper.build());
        articles = directArticles && DefaultArticleWriter.ARTICLE_SHA256.equals(sha256(loader, ARTICLE_TEMPLATE))
                && DefaultArticleWriter.LAYOUT_SHA256.equals(sha256(loader, LAYOUT_TEMPLATE)) ? new DefaultArticleWriter() : null;
    }

    /** Whether article pages are written without FreeMarker (the bundled article and layout templates are in effect). */
    public boolean writesArticlesDirectly() {
        return articles != null;
    }

    /**
     * The SHA-256 (hex) of the text of the template FreeMarker would load as {@code name}, read
     * through the same loaders; empty if there is none.
     */
    static String sha256(TemplateLoader loader, String name) throws IOException {
        Object source = loader.findTemplateSource(name);
        if (source == null) return "";
        try (Reader reader = loader.getReader(source, "UTF-8")) {
            StringWriter text = new StringWriter();
            reader.transferTo(text);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        } finally {
            loader.closeTemplateSource(source);
        }
    }

    /** Renders a template as text, always through FreeMarker (the calculator's form, a YAML page's content). */
    public String render(String templateName, Object model) throws TemplateProblem {
        StringWriter out = new StringWriter(16 * 1024);
        process(templateName, model, out);
        return out.toString();
    }

    /**
     * Renders a page as UTF-8 bytes, encoded as the template runs instead of through a string
     * (pages are rendered by the ten thousand); the bytes {@code render(…)} encoded would give.
     */
    public byte[] renderBytes(String templateName, Object model) throws TemplateProblem {
        Utf8Output out = buffers.get().reset();
        if (articles != null && model instanceof ArticlePage page && templateName.equals(ARTICLE_TEMPLATE)) {
            try {
                articles.write(page, out);
                return out.toByteArray();
            } catch (DefaultArticleWriter.Unwritable e) {
                out.reset(); // the template fails on this page: FreeMarker says how, as it always did
            }
        }
        process(templateName, model, out);
        return out.toByteArray();
    }

    private void process(String templateName, Object model, Writer out) throws TemplateProblem {
        try {
            Template template = cfg.getTemplate(templateName);
            template.process(Map.of("page", model), out);
        } catch (TemplateException e) {
            String name = e.getTemplateSourceName() != null ? e.getTemplateSourceName() : templateName;
            int line = e.getLineNumber() != null ? e.getLineNumber() : 1;
            int col = e.getColumnNumber() != null ? e.getColumnNumber() : 1;
            throw new TemplateProblem(name, line, col, firstLine(e.getMessageWithoutStackTop()), e);
        } catch (freemarker.core.ParseException e) {
            throw new TemplateProblem(e.getTemplateName() != null ? e.getTemplateName() : templateName,
                    e.getLineNumber(), e.getColumnNumber(), firstLine(e.getEditorMessage()), e);
        } catch (IOException e) {
            throw new TemplateProblem(templateName, 1, 1, "cannot read template: " + e.getMessage(), e);
        }
    }

    private static String firstLine(String s) {
        if (s == null) return "template error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }
}
