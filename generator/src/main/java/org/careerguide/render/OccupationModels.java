package org.careerguide.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
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
    private final Function<Text, Object> block;
    private final Function<Text, Object> inline;

    /** {@code block} and {@code inline} render Markdown for the page being built (relative links resolved). */
    OccupationModels(MoneyFormat numbers, java.util.function.BiFunction<Text, String, Object> block,
                     java.util.function.BiFunction<Text, String, Object> inline, String root) {
        this.numbers = numbers;
        this.block = text -> block.apply(text, root);
        this.inline = text -> inline.apply(text, root);
    }

    Map<String, Object> of(Occupation occupation) {
        List<Map<String, Object>> codes = new ArrayList<>();
        for (Occupation.OccupationCode code : occupation.codes()) {
            String scheme = code.scheme().value();
            codes.add(ModelMaps.map()
                    .put("scheme", scheme)
                    .put("name", NAMES.getOrDefault(scheme, scheme.toUpperCase(Locale.ROOT)))
                    .put("code", code.code().value())
                    .put("url", url(scheme, code.code().value()).orElse(null))
                    .build());
        }
        return ModelMaps.map()
                .put("codes", codes)
                .put("entry", occupation.entry().map(entry -> ModelMaps.map()
                        .put("education", entry.education().map(block).orElse(null))
                        .put("experience", entry.experience().map(block).orElse(null))
                        .put("training", entry.training().map(block).orElse(null))
                        .build()).orElse(null))
                .put("employment", occupation.employment().map(employment -> ModelMaps.map()
                        .put("count", employment.count().map(numbers::format).orElse(null))
                        .put("asOf", employment.asOf().map(Text::value).orElse(null))
                        .put("source", employment.source().map(inline).orElse(null))
                        .build()).orElse(null))
                .put("outlook", occupation.outlook().map(outlook -> ModelMaps.map()
                        .put("growth", outlook.growth().map(Text::value).orElse(null))
                        .put("openings", outlook.openings().map(numbers::format).orElse(null))
                        .put("period", outlook.period().map(Text::value).orElse(null))
                        .put("source", outlook.source().map(inline).orElse(null))
                        .build()).orElse(null))
                .build();
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
