package org.chronomap.benchmarks;

import de.unihd.dbs.heideltime.standalone.DocumentType;
import de.unihd.dbs.heideltime.standalone.HeidelTimeStandalone;
import de.unihd.dbs.heideltime.standalone.OutputType;
import de.unihd.dbs.heideltime.standalone.POSTagger;
import de.unihd.dbs.uima.annotator.heideltime.resources.Language;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * HeidelTime 2.1 standalone in news mode without a part-of-speech tagger (no TreeTagger here). Its
 * TimeML output is the text with inline TIMEX3 tags; extents are mapped back to offsets in the input by
 * searching each tagged string forward from the previous one.
 */
final class HeidelTimeSystem implements TimexBenchmark.TimexSystem {

    private static final Pattern TIMEX = Pattern.compile("<TIMEX3 ([^>]*)>(.*?)</TIMEX3>", Pattern.DOTALL);
    private static final Pattern ATTRIBUTE = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final HeidelTimeStandalone heidelTime;

    private HeidelTimeSystem(HeidelTimeStandalone heidelTime) {
        this.heidelTime = heidelTime;
    }

    static HeidelTimeSystem create() throws Exception {
        Path dir = Files.createTempDirectory("heideltime");
        Path config = dir.resolve("config.props");
        Files.writeString(config, String.join("\n",
                "considerDate = true", "considerDuration = true", "considerSet = true", "considerTime = true",
                "treeTaggerHome = " + dir, "chineseTokenizerPath = " + dir,
                "typeSystemHome = desc/type/HeidelTime_TypeSystem.xml",
                "typeSystemHome_DKPro = desc/type/DKPro_TypeSystem.xml",
                "uimaVarDate = Date", "uimaVarDuration = Duration", "uimaVarLanguage = Language",
                "uimaVarSet = Set", "uimaVarTime = Time", "uimaVarTypeToProcess = Type", ""));
        return new HeidelTimeSystem(new HeidelTimeStandalone(Language.ENGLISH, DocumentType.NEWS, OutputType.TIMEML,
                config.toString(), POSTagger.NO));
    }

    @Override
    public String name() {
        return "heideltime";
    }

    @Override
    public List<TempEvalScorer.Timex> tag(String text, LocalDate dct) throws Exception {
        String timeml = heidelTime.process(text, Date.from(dct.atStartOfDay(ZoneId.systemDefault()).toInstant()));
        List<TempEvalScorer.Timex> result = new ArrayList<>();
        Matcher m = TIMEX.matcher(timeml);
        int cursor = 0;
        while (m.find()) {
            String surface = unescape(m.group(2));
            int at = text.indexOf(surface, cursor);
            if (at < 0) {
                continue;
            }
            cursor = at + surface.length();
            String type = null;
            String value = null;
            Matcher a = ATTRIBUTE.matcher(m.group(1));
            while (a.find()) {
                if (a.group(1).equals("type")) {
                    type = a.group(2);
                } else if (a.group(1).equals("value")) {
                    value = unescape(a.group(2));
                }
            }
            int start = text.codePointCount(0, at);
            result.add(new TempEvalScorer.Timex(start, start + surface.codePointCount(0, surface.length()), surface,
                    type, value));
        }
        return result;
    }

    private static String unescape(String s) {
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'")
                .replace("&amp;", "&");
    }
}
