package org.careerguide.render;

import freemarker.core.TemplateHTMLOutputModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.careerguide.model.Occupation;
import org.careerguide.model.Text;

/**
 * The template data of a role's occupation keys: codes (linked where the classification has a
 * public page per code), entry requirements (Markdown), employment and outlook.
 */
final class OccupationModels {

    private static final Pattern SOC = Pattern.compile("[0-9]{2}-[0-9]{4}");
    private static final Pattern ONET = Pattern.compile("[0-9]{2}-[0-9]{4}\\.[0-9]{2}");
    private static final Pattern WEB = Pattern.compile("https?://[^\\s\"<>]+");
    private static final Map<String, String> NAMES = Map.of("soc", "SOC", "onet", "O*NET-SOC", "isco", "ISCO-08",
            "esco", "ESCO", "noc", "NOC", "anzsco", "ANZSCO", "uksoc", "UK SOC", "kldb", "KldB");

    private final MoneyFormat numbers;
    private final Function<Text, TemplateHTMLOutputModel> block;
    private final Function<Text, TemplateHTMLOutputModel> inline;

    /** {@code block} and {@code inline} render Markdown for the page being built (relative links resolved). */
    OccupationModels(MoneyFormat numbers, BiFunction<Text, String, TemplateHTMLOutputModel> block,
                     BiFunction<Text, String, TemplateHTMLOutputModel> inline, String root) {
        this.numbers = numbers;
        this.block = text -> block.apply(text, root);
        this.inline = text -> inline.apply(text, root);
    }

    org.careerguide.render.page.Occupation of(Occupation occupation) {
        List<org.careerguide.render.page.Occupation.Code> codes = new ArrayList<>();
        for (Occupation.OccupationCode code : occupation.codes()) {
            String scheme = code.scheme().value();
            codes.add(new org.careerguide.render.page.Occupation.Code(scheme, schemeName(scheme), code.code().value(),
                    url(scheme, code.code().value()).orElse(null)));
        }
        return new org.careerguide.render.page.Occupation(codes,
                occupation.entry().map(entry -> new org.careerguide.render.page.Occupation.Entry(
                        entry.education().map(block).orElse(null),
                        entry.experience().map(block).orElse(null),
                        entry.training().map(block).orElse(null))).orElse(null),
                occupation.employment().map(employment -> new org.careerguide.render.page.Occupation.Employment(
                        employment.count().map(numbers::format).orElse(null),
                        employment.asOf().map(Text::value).orElse(null),
                        employment.source().map(inline).orElse(null))).orElse(null),
                occupation.outlook().map(outlook -> new org.careerguide.render.page.Occupation.Outlook(
                        outlook.growth().map(Text::value).orElse(null),
                        outlook.openings().map(numbers::format).orElse(null),
                        outlook.period().map(Text::value).orElse(null),
                        outlook.source().map(inline).orElse(null))).orElse(null));
    }

    /** How a classification is named on the page and in structured data: "onet" is "O*NET-SOC". */
    static String schemeName(String scheme) {
        return NAMES.getOrDefault(scheme, scheme.toUpperCase(Locale.ROOT));
    }

    /** The public page of a code, where the classification has one per code. */
    static Optional<String> url(String scheme, String code) {
        return switch (scheme) {
            case "onet" -> ONET.matcher(code).matches()
                    ? Optional.of("https://www.onetonline.org/link/summary/" + code) : Optional.empty();
            case "soc" -> SOC.matcher(code).matches()
                    ? Optional.of("https://www.bls.gov/oes/current/oes" + code.replace("-", "") + ".htm")
                    : Optional.empty();
            case "esco" -> WEB.matcher(code).matches() ? Optional.of(code) : Optional.empty();
            default -> Optional.empty();
        };
    }
}
