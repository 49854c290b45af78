package dev.tolk.config;

import dev.tolk.model.LocaleInfo;
import dev.tolk.render.InterfaceStrings;
import dev.tolk.source.ContentTree;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which locales a build produces, in display order: those configured (or every locale folder
 * found, sorted), then the source locale, which is always built (from its own tree or
 * reconstructed from lookups). {@code --locale} narrows the others; the source locale stays, since
 * the locales asked for fall back to its pages and their units' English is judged against its
 * articles (its own findings are left out of such a run's report: {@code cli.LocaleShare}).
 */
public final class LocalePlan {
    private LocalePlan() {
    }

    public static List<LocaleInfo> of(SiteConfig config, ContentTree tree, List<String> only, InterfaceStrings strings) {
        Set<String> tags = new LinkedHashSet<>();
        List<SiteConfig.LocaleSpec> specs = config.locales();
        if (specs.isEmpty()) tags.addAll(tree.locales().keySet());
        else specs.forEach(s -> tags.add(s.tag()));
        tags.remove(config.sourceLocale());
        tags.add(config.sourceLocale());
        List<LocaleInfo> out = new ArrayList<>();
        for (String tag : tags) {
            if (!only.isEmpty() && !tag.equals(config.sourceLocale()) && only.stream().noneMatch(tag::equalsIgnoreCase)) continue;
            // a configured locale without a folder has nothing to show (the source locale is rebuilt)
            if (!tag.equals(config.sourceLocale()) && !tree.locales().containsKey(tag)) continue;
            SiteConfig.LocaleSpec spec = specs.stream().filter(s -> s.tag().equals(tag)).findFirst()
                    .orElse(new SiteConfig.LocaleSpec(tag, null, null));
            String name = spec.name() != null ? spec.name() : strings.forLocale(tag).values().getOrDefault("language.name", tag);
            boolean rtl = spec.dir() != null ? spec.dir().equals("rtl") : LocaleInfo.isRtlTag(tag);
            out.add(new LocaleInfo(tag, name, rtl));
        }
        return out;
    }
}
