package org.chronomap.events.extract.sentence;

import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.util.BeamSearchContextGenerator;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

import java.util.Arrays;
import java.util.PriorityQueue;

/**
 * OpenNLP's beam search ({@code opennlp.tools.ml.BeamSearch}, 2.5) with three steps done more cheaply and
 * the same results. At every token and for every sequence in the beam, OpenNLP copies and sorts the scores
 * of all outcomes only to read the beam-size-th largest (that sort was a fifth of the extraction pipeline's
 * CPU: the lemmatizer has hundreds of outcomes); it evaluates the model again for sequences whose features
 * are the same; and it builds every candidate as a full copy of its history. Here the threshold is found by
 * keeping the few largest scores in one pass, equal features reuse the scores, and a candidate becomes a
 * {@link Sequence} only when it enters the beam. Everything else (queues, order of insertion, validator
 * calls, the score floor) follows the library, so tags and lemmas are identical; {@code TopKBeamSearchTest}
 * checks it against the library. Hand-written because OpenNLP offers no hook for any of this.
 * Thread-safe: no state between calls.
 */
final class TopKBeamSearch implements SequenceClassificationModel {

    /** OpenNLP's floor for a sequence's log probability (BeamSearch.zeroLog). */
    private static final double ZERO_LOG = -100000;

    private final int size;
    private final MaxentModel model;

    TopKBeamSearch(int size, MaxentModel model) {
        this.size = size;
        this.model = model;
    }

    @Override
    public <T> Sequence bestSequence(T[] sequence, Object[] additionalContext, BeamSearchContextGenerator<T> cg,
                                     SequenceValidator<T> validator) {
        Sequence[] sequences = bestSequences(1, sequence, additionalContext, cg, validator);
        return sequences.length > 0 ? sequences[0] : null;
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        BeamSearchContextGenerator<T> cg, SequenceValidator<T> validator) {
        return bestSequences(numSequences, sequence, additionalContext, ZERO_LOG, cg, validator);
    }

    @Override
    public <T> Sequence[] bestSequences(int numSequences, T[] sequence, Object[] additionalContext,
                                        double minSequenceScore, BeamSearchContextGenerator<T> cg,
                                        SequenceValidator<T> validator) {
        PriorityQueue<Candidate> prev = new PriorityQueue<>(size);
        PriorityQueue<Candidate> next = new PriorityQueue<>(size);
        prev.add(Candidate.ROOT);
        Object[] context = additionalContext == null ? new Object[0] : additionalContext;
        // Per sequence of the beam at the current token: its features, its scores and the space they are written to.
        String[][] evaluated = new String[size][];
        double[][] results = new double[size][];
        double[][] buffers = new double[size][model.getNumOutcomes()];
        double[] largest = new double[size];
        for (int i = 0; i < sequence.length; i++) {
            int sz = Math.min(size, prev.size());
            for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
                Sequence top = prev.remove().toSequence();
                String[] outcomes = top.getOutcomes().toArray(new String[0]);
                String[] features = cg.getContext(i, sequence, outcomes, context);
                double[] scores = scores(features, evaluated, results, buffers, sc);
                double min = threshold(scores, largest);
                for (int p = 0; p < scores.length; p++) {
                    if (scores[p] >= min) {
                        advance(top, p, scores[p], i, sequence, outcomes, validator, minSequenceScore, next);
                    }
                }
                if (next.isEmpty()) { // nothing above the threshold is valid: advance all valid outcomes
                    for (int p = 0; p < scores.length; p++) {
                        advance(top, p, scores[p], i, sequence, outcomes, validator, minSequenceScore, next);
                    }
                }
            }
            Arrays.fill(evaluated, null);
            prev.clear();
            PriorityQueue<Candidate> swap = prev;
            prev = next;
            next = swap;
        }
        int count = Math.min(numSequences, prev.size());
        Sequence[] best = new Sequence[count];
        for (int k = 0; k < count; k++) {
            best[k] = prev.remove().toSequence();
        }
        return best;
    }

    /**
     * The model's scores for one sequence of the beam at the current token. Sequences of the beam that agree
     * on the outcomes the context generator looks back at get the same features, and then the same scores:
     * those are taken from the earlier sequence instead of evaluating the model again.
     */
    private double[] scores(String[] features, String[][] evaluated, double[][] results, double[][] buffers,
                            int slot) {
        for (int j = 0; j < slot; j++) {
            if (Arrays.equals(evaluated[j], features)) {
                evaluated[slot] = features;
                results[slot] = results[j];
                return results[j];
            }
        }
        evaluated[slot] = features;
        results[slot] = model.eval(features, buffers[slot]);
        return results[slot];
    }

    private <T> void advance(Sequence top, int outcome, double score, int i, T[] sequence, String[] outcomes,
                             SequenceValidator<T> validator, double minSequenceScore, PriorityQueue<Candidate> next) {
        String out = model.getOutcome(outcome);
        if (validator.validSequence(i, sequence, outcomes, out)) {
            Candidate extended = new Candidate(top, out, score);
            if (extended.score > minSequenceScore) {
                next.add(extended);
            }
        }
    }

    /**
     * A sequence of the next beam before it is built: OpenNLP builds every candidate as a {@link Sequence},
     * copying its whole history, and keeps only the beam's few best. The score is computed as
     * {@link Sequence#Sequence(Sequence, String, double)} does and compared as {@link Sequence#compareTo} does,
     * so the queue orders candidates exactly as it orders OpenNLP's sequences.
     */
    private static final class Candidate implements Comparable<Candidate> {
        static final Candidate ROOT = new Candidate(null, null, 0);

        private final Sequence parent;
        private final String outcome;
        private final double probability;
        private final double score;

        Candidate(Sequence parent, String outcome, double probability) {
            this.parent = parent;
            this.outcome = outcome;
            this.probability = probability;
            this.score = parent == null ? 0 : parent.getScore() + StrictMath.log(probability);
        }

        Sequence toSequence() {
            return parent == null ? new Sequence() : new Sequence(parent, outcome, probability);
        }

        @Override
        public int compareTo(Candidate other) {
            return Double.compare(other.score, score);
        }
    }

    /**
     * The value OpenNLP reads as {@code sorted[max(0, n - size)]} after {@code Arrays.sort}: the size-th
     * largest score counting repeats, or the smallest when there are fewer scores than the beam. Compared
     * with {@link Double#compare}, the order {@code Arrays.sort} uses.
     *
     * @param largest scratch space of beam-size entries
     */
    double threshold(double[] scores, double[] largest) {
        int k = Math.min(size, scores.length);
        if (k == 0) {
            return scores[0]; // as the library: an empty score array fails the same way
        }
        int filled = 0;
        // largest[0..filled) is kept in descending order; a score enters while there is room or when it beats
        // the smallest kept.
        for (double score : scores) {
            if (filled < k) {
                filled++;
            } else if (Double.compare(score, largest[k - 1]) <= 0) {
                continue;
            }
            int at = filled - 1;
            while (at > 0 && Double.compare(largest[at - 1], score) < 0) {
                largest[at] = largest[at - 1];
                at--;
            }
            largest[at] = score;
        }
        return largest[k - 1];
    }

    @Override
    public String[] getOutcomes() {
        String[] outcomes = new String[model.getNumOutcomes()];
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = model.getOutcome(i);
        }
        return outcomes;
    }
}
