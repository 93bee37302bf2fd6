package org.chronomap.events.extract;

import org.chronomap.events.extract.event.Category;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimeTagger;
import org.chronomap.events.place.Toponym;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Candidate, category, title and attribution rules, each with the sentence that motivated it. */
class CandidateRulesTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static ArticlePipeline pipeline;
    private static final LocalDate MONDAY = LocalDate.of(2024, 8, 19);

    @BeforeAll
    static void load() {
        pipeline = new ArticlePipeline(ANALYZER, new TimeTagger(ANALYZER), (text, date) -> List.<Toponym>of(),
                id -> Optional.empty());
    }

    private static List<ExtractedEvent> run(String sentence) {
        return pipeline.run(sentence, MONDAY).events();
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # reporting verb collapsed into the reported happening: one attack, not a statement
            kyiv said on Sunday that it had destroyed a second important bridge in the region.                | ATTACK
            # a claim with a perfect infinitive reports a completed happening
            On Sunday, kyiv claimed to have destroyed a second bridge on the Russian side of the border.       | ATTACK
            The Russian army announced on Monday that it had captured a new town near the front.               | TERRITORIAL_CHANGE
            # the statement itself is the news when nothing happening is reported
            Zelensky said on Sunday that the incursion was aimed at creating a buffer zone.                   | DIPLOMACY
            # the direct object noun of a report is the happening
            The regional governor announced on Monday the forced evacuation of families with children.        | EVACUATION
            # a light verb takes its category from its object
            Ukraine launched an offensive into the region on August 6, officials confirmed.                   | BATTLE
            Russian local authorities have declared a state of emergency in the city on Monday.               | EMERGENCY
            Russia on Monday ruled out any negotiations with Ukraine.                                         | DIPLOMACY
            Chinese Premier Li Qiang will visit Russia and Belarus this week.                                 | DIPLOMACY
            # a name spelled like a modal is none: "May" before an undated verb does not make it a mere possibility
            Guitarist Brian May died after a long illness.                                                    | CIVILIAN_HARM
            # accusing someone of launching an attack reports the attack
            On Sunday, Moscow accused Kiev of launching a drone attack on the nuclear power plant.           | ATTACK
            # accusing someone of planning one is a statement
            On August 17, Zakharova accused Ukraine of planning an attack on the nuclear power plant.        | DIPLOMACY
            """)
    void categoryOfTheClause(String sentence, Category expected) {
        List<ExtractedEvent> events = run(sentence);
        assertEquals(1, events.size(), () -> "one event expected, got " + events);
        assertEquals(expected, events.get(0).category());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # figurative use of an event verb
            The Indian leader has struck a delicate balance between the two sides on Monday.
            # negated and infinitive predicates report nothing that happened
            Officials did not evacuate anyone on Monday, and they refused to capture the town.
            # the UD model tags a contraction as one token, AUX+PART with the lemma "do+not"
            Officials didn't evacuate anyone on Monday.
            The army wasn't attacked on Sunday.
            # a time in a negated content is not the report's, which has no time then (LGL 41724074)
            Herb Asher, professor emeritus of political science at Ohio State University, said he doesn't expect partisan wrangling to doom the transportation budget this year.
            # a headline without final punctuation repeats the body
            Kremlin says it won't talk to kyiv after Kursk offensive
            # a participle inside a noun phrase names a kind of case, not a happening
            The hospital keeps its first confirmed case in isolation on Monday.
            # so does one before a noun the tagger calls an adjective (LGL 43001564)
            Complete Count Committees are appointed by the mayor or other elected official and include leaders from the business, education, faith, media, non-profit, ethnic and other communities.
            # a participle hyphenated to the word before it is a compound adjective, not a fire (GeoVirus)
            Primary sources of pollution include coal-burning power plants, waste water treatment plants, and waste incinerators.
            # an undated clause under a modal says what may, must or would happen (LGL 44102981, 43862979)
            The booster would have burned in the friction of the Earth's atmosphere and, as it slowed below the speed of sound, it would have released energy that caused a sonic boom, Chester said.
            Gen. Cartwright, who is the second highest ranking military officer of the United States, will meet with President Saakashvili and Defense Minister, Davit Sikharulidze.
            # an undated clause under "if" supposes what it says (LGL 44145259)
            If approved by the Georgia Public Service Commission, the expansion would stretch the service to 69 currently unserved counties.
            # a recurrence in the clause tells what keeps happening (GeoVirus 187)
            Over 37,000 people die in the United States each year of seasonal influenza.
            Many Kenyans die from poisoned liquor every year, often sold in the brewer's home.
            # a particle cue only follows its verb: no "call for" here
            For more information, call the town hall on Monday at the number below.
            """)
    void noEvent(String sentence) {
        assertTrue(run(sentence).isEmpty(), () -> "no event expected, got " + run(sentence));
    }

    /** What someone was unable to do did not happen (LGL 44009767); the burial did, and may be an event. */
    @Test
    void anInabilityIsNoHappening() {
        List<ExtractedEvent> events = run("He was unable to visit his daughter one last time before she was buried "
                + "last weekend.");
        assertTrue(events.stream().noneMatch(e -> e.title().toLowerCase(java.util.Locale.ROOT).contains("visit")),
                () -> "no visit expected, got " + events);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            kyiv said on Sunday that it had destroyed a second important bridge in the region.   | destroys second important bridge
            The Russian army announced on Monday that it had captured a new town.                | Russian army captures new town
            Indian Prime Minister Narendra Modi is scheduled to visit Ukraine on Friday.          | Narendra Modi visits Ukraine
            # passive voice: the patient leads, as in a headline
            The post office was evacuated on Monday after a chemical leak.                      | Post office evacuated
            # the subject of a relative clause is its antecedent
            The man who killed the pastor on Monday approached the pulpit.                      | Man kills pastor
            # a participial modifier between subject and verb is skipped
            The post office, located west of downtown Birmingham, Alabama, was evacuated on Monday. | Post office evacuated
            # an apposition is skipped: the name acts, not the office it is described by
            Yuri Ushakov, a top aide to Putin, on Monday ruled out any negotiations with Ukraine. | Yuri Ushakov rules out
            # headline passives without "be" keep their complement
            Drivers warned on Monday to watch out for flooded roads.                             | Drivers warned to watch out for flooded roads
            Man accused on Monday of possessing child porn.                                      | Man accused of possessing child porn
            Kyiv wants the army to leave, including from the Crimean peninsula, annexed by Moscow in 2014. | Crimean peninsula annexed by Moscow
            # an acronym is a name, not the pronoun "who"
            WHO also began a large polio immunization campaign in West Africa on Monday.        | WHO begins large polio immunization campaign
            # the second of two coordinated verbs shares the first one's subject
            Authorities released few details on Monday and said they were awaiting autopsy results. | Authorities say
            # a clause-initial subject with its attachments, before a list of places
            People in parts of Virginia, Maryland and North Carolina said on Monday that they heard a loud explosion. | People say
            # without a preposition the head noun of the subject is its last one
            Krasnodar, Russia officials said on Monday that they have found 4,000 dead wild birds.   | officials say
            # an apposition after the name, with its article
            Julia Peters, the top medical official of Auckland, said on Monday that contact tracing was under way. | Julia Peters says
            # a passive with its predicative complement
            The vehicle was reported stolen on Sunday in the county.                             | Vehicle reported stolen
            # the subject of a relative clause is its antecedent, however long the clause
            H5N1, which has spread throughout Europe, northern Africa (including neighboring Egypt), central Asia, and the Middle East, has already killed about 100 people. | H5N1 kills about 100 people
            # a plural subject takes the bare verb
            Russian officials said on Monday that they had found 4,000 dead birds.              | officials say
            # a long institutional name is kept whole, with its "of" and "and"
            The state Department of Disabilities and Special Needs cut $150,000 in funding on Monday. | Department of Disabilities and Special Needs cuts $150,000
            # the reported content comes before the speaker
            There is one remaining appointment to be made, Clerk of Council Anne Clarke said via e-mail on Monday. | Clerk of Council Anne Clarke says there is one remaining appointment
            """)
    void headlineTitle(String sentence, String expectedPart) {
        String title = run(sentence).get(0).title();
        assertTrue(title.contains(expectedPart), () -> "title was: " + title);
        assertTrue(!title.contains("Sunday") && !title.contains("Monday"), () -> "no date in a title: " + title);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # an institution speaks from its seat
            Russia will not talk with Ukraine after the attack, the Kremlin said on Monday.                  | Moscow
            The White House said on Monday that the sanctions would stay in place.                          | Washington
            # a country's office speaks from its capital
            Ukrainian President Volodymyr Zelensky said on Sunday that the incursion was aimed at creating a buffer zone. | Kyiv
            # a country's name as the speaker stands for its government
            Russia on Monday ruled out any negotiations with Ukraine.                                       | Moscow
            # an adjective without an office is no government: no seat
            Ukrainian farmers said on Monday that the harvest was poor.                                     | -
            # a person named without an office speaks from the seat the article gives them elsewhere
            Russian President Vladimir Putin is in Moscow. In addition, Kyiv would need to abandon its bid to join NATO and commit to permanent neutrality under the Russian proposal articulated by Putin in June. | Moscow
            # a noun's speaker is in its own noun phrase: NATO, before the preposition, is not the proposer
            Russian President Vladimir Putin is in Moscow. Kyiv would need to abandon its bid to join NATO under the Russian proposal articulated by Putin in June. | Moscow
            # a possessive pronoun stands for the office-holder named just before
            Ukrainian President Volodymyr Zelensky assured that his forces reached their objectives. One of his advisers, Mykhailo Podoliak, said on Friday that the aim was to force talks. | Kyiv
            # a report in a participial clause has the main clause's speaker
            “We are achieving our goals” in the region, the Ukrainian president said on Monday, after indicating the day before that the offensive aimed to create a buffer zone. | Kyiv
            # a meeting spoken at is where its speaker is; a participial opener has the main clause's subject
            Russian President Vladimir Putin has said that talks are impossible. Speaking at a meeting with senior officials on Monday, Putin addressed the recent incursion into the border region. | Moscow
            # a name the article gives no office has no seat
            Farmer John Smith grows wheat. Smith said on Monday that the harvest was poor.                  | -
            # a future visit has not happened: the announcement is the event, made at the speaker's seat
            Indian Prime Minister Narendra Modi will soon visit Ukraine, Indian diplomacy announced on Monday. | New Delhi
            """)
    void statementAtTheSpeakersSeat(String sentence, String expected) {
        List<ExtractedEvent> events = run(sentence);
        ExtractedEvent event = events.get(events.size() - 1);
        String location = event.location() == null ? "-" : event.location().name();
        assertEquals(expected, location);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            kyiv said on Sunday that it had destroyed a second important bridge in the region.              | kyiv
            The Russian army announced on Monday that it had captured a new town.                           | Russian army
            According to the American news agency AP, the operation began on August 6.                     | American news agency AP
            Russia will not talk with Ukraine after the attack, the Kremlin said on Monday.                 | Kremlin
            """)
    void attribution(String sentence, String expected) {
        String attribution = run(sentence).get(0).attribution();
        assertTrue(attribution != null && attribution.contains(expected), () -> "attribution was: " + attribution);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            A drone strike on Sunday set fuel storage ablaze and injured at least 18 firefighters.          | at least 18 firefighters
            According to the governor, a drone attack on Sunday left 41 firefighters were injured.         | 41 firefighters were injured
            """)
    void figuresKeptPerSource(String sentence, String figure) {
        List<String> figures = run(sentence).get(0).figures();
        assertTrue(figures.stream().anyMatch(f -> f.contains(figure)), () -> "figures were: " + figures);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # governed expression: the clause's own date, exact
            Ukraine launched an attack on the region last week.            | 2024-08-12 | 2024-08-18 | week | text
            # background events keep their own precision
            Moscow annexed the Crimean peninsula in 2014.                   | 2014-01-01 | 2014-12-31 | year | text
            Modi met Vladimir Putin in early July.                          | 2024-07-01 | 2024-07-10 | range | text
            # a duration running up to the reference tells when the happening began (approximate)
            Its troops have been leading an offensive in the region for 12 days.                  | 2024-08-07 | 2024-08-07 | day | text
            # "N weeks after" a happening puts the happening N weeks back: the 003 report of the incursion
            This statement comes almost two weeks after thousands of troops launched an offensive into the region. | 2024-08-05 | 2024-08-08 | range | text
            # "a week before Christmas": the week back from the day named (GeoVirus 205)
            Dozens of native birds began dying in her back yard a week before Christmas.          | 2023-12-18 | 2023-12-18 | day | text
            # a window with a determiner frames what is counted in it: the whole window
            Attacks on hospitals have intensified over the past three months.                     | 2024-05-19 | 2024-08-19 | range | text
            # a time after ", and" belongs to the next clause, whose verb heads no event here (LGL 41545605)
            City Council members approved this deal, and on Dec. 13, 2003, paid the firm $697,084.79. | 2024-08-19 | 2024-08-19 | day | publication
            # nothing written: the publication date, and it says so
            Russian forces captured the village of Zalizne.                 | 2024-08-19 | 2024-08-19 | day | publication
            """)
    void dating(String sentence, LocalDate start, LocalDate end, String precision, String basis) {
        ExtractedEvent event = run(sentence).get(0);
        assertEquals(start, event.date().start());
        assertEquals(end, event.date().end());
        assertEquals(precision, event.date().precision());
        assertEquals(basis, event.date().basis());
        if (basis.equals("publication")) {
            assertEquals("", event.date().asWritten());
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # the source of a report is not the happening's wording: two reports of one fire citing different sources
            Efforts to extinguish the fire were continuing on Monday, the Proletarsk district administration said on Telegram. | fire extinguish | administration telegram proletarsk
            The fire was still raging on Monday and, according to regional governor Vasily Golubev, additional resources were being sent. | fire | governor golubev accord regional
            # a statement keeps its speaker: who speaks is what it is about
            Russia will not talk with Ukraine after the attack, the Kremlin said on Monday.                        | kremlin | -
            """)
    void signatureLeavesOutTheSource(String sentence, String kept, String left) {
        java.util.Set<String> signature = run(sentence).get(0).signature();
        for (String word : kept.split(" ")) {
            assertTrue(signature.contains(Signature.normalise(word)), () -> word + " missing from " + signature);
        }
        for (String word : left.split(" ")) {
            assertTrue(!signature.contains(word), () -> word + " should not be in " + signature);
        }
    }

    /** LGL 44148905, a text without paragraph breaks, dated Tuesday 31 March 2009: its first sentences. */
    private static final String MARRIAGE_AMENDMENT = "House rejects attempt to force vote on marriage amendment. On "
            + "Monday, Republicans in the House of Delegates tried to advance a bipartisan resolution that would "
            + "define marriage in the state constitution, but the Democratic majority blocked their attempts. The "
            + "\"Marriage Protection Amendment\" resolution (HJR5) introduced last month calls for a statewide "
            + "referendum on whether to amend the constitution to define marriage as between one man and one woman. "
            + "The measure has been stuck in the House Constitutional Revision Committee. Since 2000, West Virginia "
            + "has had a Defense of Marriage Act, which bars the state from recognizing same-sex marriages performed "
            + "elsewhere. \"This is an urgent issue,\" Armstead said. But the House voted 67-30 -- almost entirely "
            + "along party lines -- to postpone Armstead's motion indefinitely, meaning the resolution can't be "
            + "considered again this session.";

    @org.junit.jupiter.api.Test
    void aDateCarriesOnlyToTheNextSentence() {
        List<ExtractedEvent> events = pipeline.run(MARRIAGE_AMENDMENT, LocalDate.of(2009, 3, 31)).events();
        // "introduced last month" dated every later clause of the text, the House vote among them
        for (ExtractedEvent e : events) {
            if (e.date().start().getMonthValue() == 2) {
                assertTrue(e.sourceText().contains("last month"), () -> "February from elsewhere: " + e.sourceText());
            }
        }
        assertTrue(events.stream().anyMatch(e -> e.sourceText().contains("last month")), () -> events.toString());
    }

    @org.junit.jupiter.api.Test
    void aSentenceWithItsOwnDatesInheritsNone() {
        // LGL 41630220, two of its sentences set side by side: the forums have dates of their own, which no clause
        // governs; they are not on "Wednesday night"
        List<ExtractedEvent> events = pipeline.run("The achievement gap was the central theme of the questions "
                + "addressed during the Tenants and Workers United's public forum Wednesday night at Cora Kelly "
                + "Elementary School. The Alexandria PTA Council will host three forums, one for each district: the District A "
                + "forum is planned for April 22 at Mt. Vernon, District B on April 20 at Minnie Howard and District C "
                + "on April 27 at Samuel Tucker.", LocalDate.of(2009, 3, 24)).events();
        for (ExtractedEvent e : events) {
            if (e.sourceText().contains("PTA")) {
                assertTrue(!e.date().asWritten().equals("Wednesday night"), () -> e.toString());
            }
        }
    }

    @org.junit.jupiter.api.Test
    void aQuotationsTimeIsNotTheSpeakers() {
        // LGL 43045768: what will not happen on April 9 was said in March
        List<ExtractedEvent> events = pipeline.run("“Removal of Saakashvili will be a painful process and it won’t be "
                + "able to achieve in a day; it won’t happen on April 9,” he said.", LocalDate.of(2009, 3, 28)).events();
        assertTrue(events.stream().noneMatch(e -> e.date().asWritten().equals("April 9")), () -> events.toString());
    }

    @org.junit.jupiter.api.Test
    void aYearBeforeANameDatesNoVerb() {
        // LGL 41876608: the car's model year is not when the body was found
        List<ExtractedEvent> events = run("The man's body was found in the back seat of the 2008 Ford Focus that "
                + "police say was stolen from Decatur.");
        assertTrue(events.stream().noneMatch(e -> e.date().start().getYear() == 2008), () -> events.toString());
    }

    @org.junit.jupiter.api.Test
    void undatedSentenceInheritsItsParagraphDate() {
        List<ExtractedEvent> events = run("Intro line without events here at all.\n\n"
                + "Russian forces captured the village on Sunday. They also destroyed a bridge near the river.");
        ExtractedEvent inherited = events.stream().filter(e -> e.category() == Category.ATTACK).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2024, 8, 18), inherited.date().start());
        assertEquals("paragraph", inherited.date().basis());
        assertTrue(inherited.date().approximate());
    }
}
