package dev.tolk.build;

import dev.tolk.json.Json;
import dev.tolk.model.LocaleInfo;
import dev.tolk.proration.Currency;
import dev.tolk.proration.DisplayProfile;
import dev.tolk.proration.LocalConventions;
import dev.tolk.render.ArticleRenderer;
import dev.tolk.render.PageModels.CalculatorForm;
import dev.tolk.render.PageRenderer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Puts the proration calculator into article pages: where the body has its placeholder
 * ({@code [!CALCULATOR proration]}), or after the body when the front matter says
 * {@code calculator: proration}. The form is rendered once per locale from
 * {@code calculator.ftlh}; a page with the form loads {@code assets/calculator.js}.
 */
final class CalculatorForms {
    static final String NAME = "proration";
    static final String SCRIPT = "assets/calculator.js";
    private static final String[] CODES = {"E_CURRENCY", "E_PRICE_NEGATIVE", "E_PRICE_FORMAT", "E_PRICE_PRECISION",
        "E_PRICE_RANGE", "E_QTY", "E_DATE", "E_PERIOD_ORDER", "E_PERIOD_LENGTH", "E_CANCEL_BEFORE_START",
        "E_CANCEL_AFTER_END", "E_SWITCH"};

    private final PageRenderer templates;
    private final PageChrome frames;
    private final Map<String, String> byLocale = new ConcurrentHashMap<>();

    CalculatorForms(PageRenderer templates, PageChrome frames) {
        this.templates = templates;
        this.frames = frames;
    }

    /** The body with the form in place, or null when the page has no calculator. */
    String place(String body, boolean inFrontMatter, LocaleInfo locale) throws PageRenderer.TemplateProblem {
        String placeholder = ArticleRenderer.calculatorPlaceholder(NAME);
        int at = body.indexOf(placeholder);
        if (at < 0 && !inFrontMatter) return null;
        String form = form(locale);
        if (at < 0) return body + form + "\n";
        // one form per page: its ids are fixed; later placeholders are dropped
        String rest = body.substring(at + placeholder.length()).replace(placeholder, "");
        return body.substring(0, at) + form + rest;
    }

    private String form(LocaleInfo locale) throws PageRenderer.TemplateProblem {
        String known = byLocale.get(locale.tag());
        if (known != null) return known;
        Map<String, String> t = frames.strings(locale.tag());
        String tag = DisplayProfile.profileTag(locale.tag());
        // a locale without a profile: the form reads and shows amounts its language's way (prorate() keeps en-US's)
        DisplayProfile profile = LocalConventions.of(tag);
        String currency = LocalConventions.usualCurrency(tag);
        int exponent = Currency.of(currency).orElseThrow().exponent();
        String example = profile.number(exponent == 0 ? "1250" : "12." + "500".substring(0, exponent));
        StringBuilder json = new StringBuilder("{");
        for (String code : CODES) {
            if (json.length() > 1) json.append(',');
            json.append(Json.literal(code)).append(':')
                    .append(Json.literal(t.getOrDefault("calc.error." + code, code).replace("{0}", example)));
        }
        json.append('}');
        String html = templates.render("calculator.ftlh", new CalculatorForm(t, tag, Currency.codes(), currency,
                t.get("calc.price.hint").replace("{0}", example), json.toString(), DisplayProfile.has(tag) ? "" : profileJson(profile)));
        byLocale.putIfAbsent(locale.tag(), html);
        return html;
    }

    /** {@code profile} as assets/proration.js describes one (its {@code Profile} typedef), for the form's script. */
    private static String profileJson(DisplayProfile profile) {
        return "{\"digits\":\"latn\",\"decimal\":" + Json.literal(String.valueOf(profile.decimal())) + ",\"group\":"
                + Json.literal(String.valueOf(profile.group())) + ",\"code\":\"" + (profile.codeFirst() ? "prefix" : "suffix")
                + "\",\"date\":" + Json.literal(profile.datePattern()) + "}";
    }
}
