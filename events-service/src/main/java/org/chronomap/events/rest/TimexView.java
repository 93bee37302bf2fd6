package org.chronomap.events.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.chronomap.events.extract.time.TimeExpression;

import java.time.LocalDate;
import java.util.List;

/** Response of {@code POST /api/timex}: the contract fields of API.md plus the resolved interval and why. */
public record TimexView(List<Timex> timex, LocalDate dct, boolean dctInferred) {

    /** One TIMEX3; {@code start}/{@code end} are code point offsets, end exclusive. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Timex(int start, int end, String text, String type, String value, String mod,
                        LocalDate intervalStart, LocalDate intervalEnd, String precision, boolean approximate,
                        String rule, LocalDate anchoredStart, LocalDate anchoredEnd) {

        static Timex from(TimeExpression e) {
            return new Timex(e.start(), e.end(), e.text(), e.type().name(), e.value(), e.mod(), e.intervalStart(),
                    e.intervalEnd(), e.precision() == null ? null : e.precision().apiName(), e.approximate(), e.rule(),
                    e.anchoredStart(), e.anchoredEnd());
        }
    }

    static TimexView from(List<TimeExpression> expressions, LocalDate dct, boolean inferred) {
        return new TimexView(expressions.stream().map(Timex::from).toList(), dct, inferred);
    }
}
