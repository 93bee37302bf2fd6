package org.chronomap.events.extract.time;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.TextAnalyzer;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The time stage as a bean: tags a text against its document creation date, inferring the date from the
 * text when it is missing ({@link PublicationDateInference}) and saying so.
 */
@ApplicationScoped
public class TimexService {

    private final TimeTagger tagger;

    @Inject
    public TimexService(TextAnalyzer analyzer) {
        this.tagger = new TimeTagger(analyzer);
    }

    /**
     * @param expressions the time expressions, in text order
     * @param dct         the date they were resolved against, or null when none was given or inferable
     * @param dctInferred true when {@code dct} was inferred from the text
     */
    public record Tagging(List<TimeExpression> expressions, LocalDate dct, boolean dctInferred) {
    }

    public Tagging tag(String text, LocalDate dct) {
        if (dct != null) {
            return new Tagging(tagger.tag(text, dct), dct, false);
        }
        List<TimeExpression> undated = tagger.tag(text, null);
        Optional<PublicationDateInference.Inferred> inferred = PublicationDateInference.infer(text, undated);
        return inferred.map(i -> new Tagging(tagger.tag(text, i.date()), i.date(), true))
                .orElseGet(() -> new Tagging(undated, null, false));
    }

    /** For the pipeline, which has analysed the text already. */
    public List<TimeExpression> tag(AnalyzedText text, LocalDate dct) {
        return tagger.tag(text, dct);
    }

    public TimeTagger tagger() {
        return tagger;
    }
}
