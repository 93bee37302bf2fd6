package org.chronomap.events.extract.event;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The lexicon of event predicates: lemma and part of speech → frame. A frame gives the category of
 * the happening and, for light or ambiguous predicates ("launch", "take", "declare", "set"), the
 * argument cues (lemmas of the object or of a particle near the predicate) that decide whether the
 * clause reports an event at all and of which category. Reporting predicates ("say", "announce")
 * introduce the reported happening and are collapsed into it by {@link CandidateExtractor}.
 */
public final class PredicateFrames {

    /** What a predicate does in a clause. */
    public enum Role {
        /** Something happened: a strike, a capture, a visit. */
        HAPPENING,
        /** Someone said something; the event is what was said, or the statement itself. */
        REPORTING
    }

    /**
     * @param cues argument lemma → category; when {@code cueRequired}, the predicate is an event only
     *             with one of its cues among the nearby arguments
     */
    public record Frame(String lemma, Role role, Category category, Map<String, Category> cues,
                        boolean cueRequired) {
    }

    private static final Map<String, Frame> VERBS = new HashMap<>();
    private static final Map<String, Frame> NOUNS = new HashMap<>();

    private static final Map<String, Category> OFFENSIVE_CUES = Map.ofEntries(
            Map.entry("offensive", Category.BATTLE), Map.entry("operation", Category.BATTLE),
            Map.entry("incursion", Category.BATTLE), Map.entry("invasion", Category.BATTLE),
            Map.entry("assault", Category.BATTLE), Map.entry("counteroffensive", Category.BATTLE),
            Map.entry("attack", Category.ATTACK), Map.entry("strike", Category.ATTACK),
            Map.entry("missile", Category.ATTACK), Map.entry("drone", Category.ATTACK),
            Map.entry("war", Category.BATTLE), Map.entry("campaign", Category.BATTLE),
            Map.entry("evacuation", Category.EVACUATION), Map.entry("talk", Category.DIPLOMACY),
            Map.entry("negotiation", Category.DIPLOMACY), Map.entry("investigation", Category.OTHER));

    static {
        verbs(Category.ATTACK, "strike", "attack", "shell", "bomb", "hit", "destroy", "damage", "target", "shoot",
                "sabotage", "bombard", "blow", "explode", "down", "raid", "fire");
        verbs(Category.BATTLE, "advance", "fight", "clash", "invade", "cross", "push", "repel", "storm", "retreat",
                "withdraw", "encircle", "counterattack", "assault");
        verbs(Category.TERRITORIAL_CHANGE, "capture", "seize", "occupy", "annex", "liberate", "retake", "conquer");
        verbs(Category.CIVILIAN_HARM, "kill", "injure", "wound", "die", "murder");
        verbs(Category.EVACUATION, "evacuate", "flee");
        verbs(Category.EMERGENCY, "burn", "rage", "extinguish", "flood", "collapse", "erupt", "crash");
        verbs(Category.DIPLOMACY, "visit", "meet", "negotiate", "accuse", "condemn", "summon", "sign", "propose",
                "demand", "warn", "threaten", "sanction", "deplore", "urge", "pledge", "vow", "criticize",
                "criticise", "reject", "discuss", "talk", "blame", "host", "invite", "recognize", "expel");
        verbs(Category.OTHER, "elect", "vote", "deploy", "arrest", "charge", "convict", "sentence", "close",
                "open", "ban", "approve", "cut", "display");
        cued("launch", Category.BATTLE, true, OFFENSIVE_CUES);
        cued("begin", Category.BATTLE, true, OFFENSIVE_CUES);
        cued("start", Category.BATTLE, true, OFFENSIVE_CUES);
        cued("conduct", Category.BATTLE, true, OFFENSIVE_CUES);
        cued("carry", Category.BATTLE, true, OFFENSIVE_CUES);
        cued("order", Category.OTHER, true, Map.of("evacuation", Category.EVACUATION,
                "inspection", Category.OTHER, "withdrawal", Category.BATTLE));
        cued("take", Category.TERRITORIAL_CHANGE, true, Map.of("control", Category.TERRITORIAL_CHANGE,
                "kilometer", Category.TERRITORIAL_CHANGE, "kilometre", Category.TERRITORIAL_CHANGE,
                "village", Category.TERRITORIAL_CHANGE, "town", Category.TERRITORIAL_CHANGE));
        cued("declare", Category.EMERGENCY, true, Map.of("emergency", Category.EMERGENCY,
                "war", Category.BATTLE, "independence", Category.DIPLOMACY));
        cued("set", Category.ATTACK, true, Map.of("ablaze", Category.ATTACK, "fire", Category.ATTACK));
        cued("rule", Category.DIPLOMACY, true, Map.of("out", Category.DIPLOMACY));
        cued("call", Category.DIPLOMACY, true, Map.of("for", Category.DIPLOMACY));
        cued("control", Category.TERRITORIAL_CHANGE, false, Map.of());
        cued("plan", Category.DIPLOMACY, true, Map.of("visit", Category.DIPLOMACY, "plan", Category.DIPLOMACY));
        cued("draw", Category.DIPLOMACY, true, Map.of("plan", Category.DIPLOMACY));

        reporting("say", "announce", "claim", "report", "state", "tell", "add", "confirm", "assure", "note",
                "indicate", "mention", "insist", "write", "stress", "emphasize", "emphasise", "deny",
                "acknowledge", "speak", "address", "suggest", "argue", "explain", "reveal", "admit");

        nouns(Category.ATTACK, "strike", "attack", "airstrike", "bombing", "shelling", "sabotage", "explosion",
                "blast", "bombardment");
        nouns(Category.BATTLE, "offensive", "incursion", "invasion", "assault", "counteroffensive", "war",
                "fighting", "battle");
        nouns(Category.TERRITORIAL_CHANGE, "capture", "annexation", "occupation");
        nouns(Category.CIVILIAN_HARM, "death", "casualty");
        nouns(Category.EVACUATION, "evacuation");
        nouns(Category.EMERGENCY, "fire", "blaze", "emergency", "earthquake", "flood", "outbreak");
        nouns(Category.DIPLOMACY, "visit", "talks", "negotiation", "summit", "meeting", "proposal", "accusation");
        nouns(Category.OTHER, "election", "trial", "referendum");
    }

    private PredicateFrames() {
    }

    private static void verbs(Category category, String... lemmas) {
        for (String lemma : lemmas) {
            VERBS.put(lemma, new Frame(lemma, Role.HAPPENING, category, Map.of(), false));
        }
    }

    private static void cued(String lemma, Category fallback, boolean required, Map<String, Category> cues) {
        VERBS.put(lemma, new Frame(lemma, Role.HAPPENING, fallback, cues, required));
    }

    private static void reporting(String... lemmas) {
        for (String lemma : lemmas) {
            VERBS.put(lemma, new Frame(lemma, Role.REPORTING, Category.DIPLOMACY, Map.of(), false));
        }
    }

    private static void nouns(Category category, String... lemmas) {
        for (String lemma : lemmas) {
            NOUNS.put(lemma, new Frame(lemma, Role.HAPPENING, category, Map.of(), false));
        }
    }

    /** Irregular forms of frame verbs, which the inflection rules of {@link #FORMS} cannot make. */
    private static final Map<String, List<String>> IRREGULAR = Map.ofEntries(
            Map.entry("strike", List.of("struck", "stricken")), Map.entry("shoot", List.of("shot")),
            Map.entry("take", List.of("took", "taken")), Map.entry("begin", List.of("began", "begun")),
            Map.entry("fight", List.of("fought")), Map.entry("meet", List.of("met")),
            Map.entry("say", List.of("said")), Map.entry("tell", List.of("told")),
            Map.entry("blow", List.of("blew", "blown")), Map.entry("flee", List.of("fled")),
            Map.entry("write", List.of("wrote", "written")), Map.entry("speak", List.of("spoke", "spoken")),
            Map.entry("withdraw", List.of("withdrew", "withdrawn")), Map.entry("draw", List.of("drew", "drawn")),
            Map.entry("bring", List.of("brought")), Map.entry("seek", List.of("sought")),
            Map.entry("run", List.of("ran")), Map.entry("lead", List.of("led")), Map.entry("sell", List.of("sold")),
            Map.entry("hit", List.of("hit")), Map.entry("set", List.of("set")), Map.entry("cut", List.of("cut")),
            Map.entry("forbid", List.of("forbade", "forbidden")), Map.entry("overrun", List.of("overran")));

    /**
     * Every word form a frame predicate can take (regular inflections and {@link #IRREGULAR}): a cheap
     * first look at a sentence, so that only sentences that may hold an event are tagged. Recognition
     * itself stays on lemma and part of speech.
     */
    private static final Set<String> FORMS = forms();

    private static Set<String> forms() {
        Set<String> forms = new java.util.HashSet<>();
        for (Map<String, Frame> frames : List.of(VERBS, NOUNS)) {
            for (String lemma : frames.keySet()) {
                forms.add(lemma);
                forms.add(lemma + "s");
                forms.add(lemma + "es");
                forms.add(lemma + "ed");
                forms.add(lemma + "d");
                forms.add(lemma + "ing");
                if (lemma.endsWith("e")) {
                    forms.add(lemma.substring(0, lemma.length() - 1) + "ing");
                }
                if (lemma.endsWith("y")) {
                    String stem = lemma.substring(0, lemma.length() - 1);
                    forms.add(stem + "ies");
                    forms.add(stem + "ied");
                }
                char last = lemma.charAt(lemma.length() - 1);
                if ("bdgmnprt".indexOf(last) >= 0) {
                    forms.add(lemma + last + "ed");
                    forms.add(lemma + last + "ing");
                }
                forms.addAll(IRREGULAR.getOrDefault(lemma, List.of()));
            }
        }
        return Set.copyOf(forms);
    }

    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("\\p{L}+");

    /** Whether a sentence has a word that could be an event predicate: a filter before tagging it. */
    public static boolean mayHoldPredicate(String sentence) {
        var m = WORD.matcher(sentence);
        while (m.find()) {
            if (FORMS.contains(m.group().toLowerCase(java.util.Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    /** Auxiliaries and copulas never head an event. */
    private static final Set<String> LIGHT = Set.of("be", "have", "do", "will", "would", "can", "could", "may",
            "might", "must", "shall", "should");

    /** @param upos the Universal Dependencies tag of the token (VERB, NOUN, ...) */
    public static Optional<Frame> lookup(String lemma, String upos) {
        if (LIGHT.contains(lemma)) {
            return Optional.empty();
        }
        Map<String, Frame> frames = switch (upos) {
            case "VERB" -> VERBS;
            case "NOUN" -> NOUNS;
            default -> Map.of();
        };
        Frame frame = frames.get(lemma);
        if (frame == null && upos.equals("VERB")) {
            // The statistical lemmatizer drops a silent e now and then ("ruled" → "rul", "deplored" → "deplor").
            frame = frames.get(lemma + "e");
        }
        return Optional.ofNullable(frame);
    }

    /**
     * Objects that make a predicate figurative ("struck a delicate balance", "hit a record"): no event.
     * Keyed by predicate lemma.
     */
    private static final Map<String, Set<String>> FIGURATIVE = Map.of(
            "strike", Set.of("balance", "chord", "tone", "note", "deal", "agreement", "pose", "match"),
            "hit", Set.of("record", "high", "low", "market", "headline", "shelf", "road", "mark"),
            "push", Set.of("button", "agenda", "boundary", "bill", "idea"),
            "fire", Set.of("employee", "coach", "manager", "staff", "worker"),
            "launch", Set.of("website", "app", "product", "campaign", "book", "album", "program", "programme"),
            "target", Set.of("audience", "market", "customer", "voter"));

    /** Lemmas that, as a frame's argument, stand for the category of the happening (see {@link Frame#cues()}). */
    public static Category cueCategory(Frame frame, List<String> argumentLemmas) {
        Set<String> figurative = FIGURATIVE.getOrDefault(frame.lemma(), Set.of());
        for (String lemma : argumentLemmas) {
            if (figurative.contains(lemma)) {
                return null;
            }
        }
        for (String lemma : argumentLemmas) {
            Category c = frame.cues().get(lemma);
            if (c != null) {
                return c;
            }
        }
        return frame.cueRequired() ? null : frame.category();
    }
}
