package org.chronomap.events.extract.event;

import org.chronomap.events.extract.attribution.AttributionFinder;
import org.chronomap.events.extract.sentence.AnalyzedText;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimeTagger;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Title rules, each with the sentence that motivated it (seed articles, LGL and GeoVirus hand checks): the
 * title of the candidate whose predicate is the given word starts with the expected headline.
 */
class TitleBuilderTest {

    private static final TextAnalyzer ANALYZER = new TextAnalyzer();
    private static final TimeTagger TAGGER = new TimeTagger(ANALYZER);
    private static final LocalDate MONDAY = LocalDate.of(2024, 8, 19);

    private static String title(String sentence, String predicate, String place, String placeAsWritten) {
        AnalyzedText text = ANALYZER.analyze(sentence);
        List<EventCandidate> candidates = new CandidateExtractor().extract(text, TAGGER.tag(text, MONDAY));
        EventCandidate candidate = candidates.stream().filter(c -> c.predicateToken().text().equals(predicate))
                .findFirst().orElseThrow(() -> new AssertionError("no candidate on '" + predicate + "': " + candidates));
        String source = new AttributionFinder().find(candidate, sentence).source();
        return new TitleBuilder().title(candidate, source, place, placeAsWritten, text);
    }

    @ParameterizedTest(name = "{0} → {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # the antecedent of a non-restrictive "which" is the head before the comma with its place, not the last name
            According to the American news agency AP, this is the first time that Volodymyr Zelensky has so clearly stated the objective of the operation in Kursk, which began on August 6. | began | Operation in Kursk begins
            # a gerund after "of" of a verb of accusing: the accuser accuses, the name is not cut
            On Sunday, Moscow accused Kiev of launching a drone attack on Russia’s Zaporozhye Nuclear Power Plant, which damaged one of its cooling towers. | launching | Moscow accuses Kiev of launching drone attack on Russia’s Zaporozhye Nuclear Power Plant
            Man accused of threatening tax worker . | threatening | Man accused of threatening tax worker
            # a contraction's auxiliary ("wasn't", be+not) is no part of the subject (LGL 44087309)
            The agent wasn't hit by gunshot, but was cut by flying debris on Monday. | cut | Agent cut by flying debris
            # never half a coordination
            Peace negotiations between Moscow and kyiv have been non-existent since spring 2022 and the failure of a first round of talks. | negotiations | Peace negotiations between Moscow and kyiv
            # the appositive speaks; what is said follows "that"
            One of his advisers, Mykhailo Podoliak, said on Friday that one of the objectives of this surprise offensive was to force the Kremlin to sit down. | said | Mykhailo Podoliak says one of the objectives of this surprise offensive
            # a parenthesis between a name and its relative is dropped
            Since the start of the Russian invasion of Ukraine in February 2022, 1,940 attacks on health centres have been recorded by the World Health Organization (WHO), which on Monday deplored their intensification and the increase in the number of deaths. | deplored | World Health Organization deplores their intensification
            # a personal pronoun stands for the sentence's named subject; an infinitive's subject is its controller's
            On the diplomatic front, Indian Prime Minister Narendra Modi is expected in Ukraine on Friday, where he is expected to meet with Volodymyr Zelensky, after meeting Vladimir Putin in early July. | meet | Indian Prime Minister Narendra Modi meets with Volodymyr Zelensky
            # a participial adjunct has its main clause's subject
            On the diplomatic front, Indian Prime Minister Narendra Modi is expected in Ukraine on Friday, where he is expected to meet with Volodymyr Zelensky, after meeting Vladimir Putin in early July. | meeting | Indian Prime Minister Narendra Modi meets Vladimir Putin
            “We are achieving our goals” in the Russian region of Kursk, the Ukrainian president said on Monday, after indicating the day before that the offensive by his troops aimed to “create a buffer zone”. | indicating | Ukrainian president indicates the offensive by his troops aimed to create a buffer zone
            A cholera epidemic sweeping across the country has exacerbated the situation, killing at least 80 people since March and setting the stage for a major scare. | killing | Cholera epidemic kills at least 80 people
            # the second of two coordinated verbs in a relative clause acts on the antecedent
            Moscow had previously outlined its conditions for resolving the conflict, which include the complete withdrawal of Ukrainian forces from four regions that Russia had invaded and annexed in 2022. | annexed | Russia annexes four regions
            # an infinitive completing a noun at the clause start: a nominal headline
            Efforts to extinguish the fire were continuing on Monday, the Proletarsk district administration said on Telegram. | extinguish | Efforts to extinguish fire
            # a hyphenated age is one word, not a subject or an object (a hyphenated participle such as "coal-burning"
            # is no candidate at all since the extractor reads it as a compound adjective: CandidateRulesTest)
            Police arrested a 16-year-old female while conducting bar checks over the weekend. | arrested | Police arrest 16-year-old female
            # a participle after an article or preposition and before its noun describes the noun
            Site of proposed casino near Chinatown going to auction. | proposed | Proposed casino near Chinatown
            # the subject is behind a dash apposition
            Butler County Coroner Dr. Richard Burkhardt said the women — identified as Toni Botkins, 55, and Frieda Creech, 63 — died about 12 hours apart, with Botkins dying first. | died | Women die
            # an opening adverbial or a dateline's remnant before a comma is no subject
            As a result, all of Peru's 240 blood banks have been closed pending further investigation. | closed | Peru's 240 blood banks closed
            19, a top aide to Russian President Vladimir Putin ruled out talks with Kyiv in light of Ukraine’s ongoing cross-border offensive in the Russian border region. | ruled | Top aide to Russian President Vladimir Putin rules out talks with Kyiv
            Today February 18, 2006, a responsible source from Egyptian ministry of health announced reporting of another 25 cases of infected birds in Al-Minya. | announced | Responsible source from Egyptian ministry of health announces reporting of another 25 cases
            # content before its speaker, the speaker's parenthesis dropped
            Some flu viruses in the United States and Canada have shown increased levels of resistance to the antiviral drug Tamiflu (oseltamivir), the World Health Organization (WHO) said on Friday. | said | World Health Organization says some flu viruses in the United States and Canada
            # a speaker in commas inside what is said
            In 1911, she added, Buck began his 24 year career in the business of collecting animals for exhibit. | added | She adds Buck began his 24 year career
            # a short aside after "that" is no content
            Aid workers claim that, today, BSE is much more of a problem in the U.S. than in Britain. | claim | Aid workers claim BSE is much more of a problem
            # a quantifier makes a plural; two common nouns joined by "and" too
            # (GeoVirus wrote "Many Kenyans die from poisoned liquor every year": a recurrence, no event since 6c4fe6f;
            # the same subject with a happening)
            Many Kenyans died from poisoned liquor on Sunday, often sold in the brewer's home. | died | Many Kenyans die from poisoned liquor
            The mayor and county judge in Dallas have declared a state of emergency in response to the virus. | declared | Mayor and county judge in Dallas declare state of emergency
            # headline passives: a counted subject, an age in commas, a perfect infinitive, the noun right before "by"
            Two men charged in brazen purse-snatching in Kansas City, North . | charged | Two men charged in brazen purse-snatching
            Girl, 16, attacked in Lancaster park. | attacked | Girl attacked in Lancaster park
            The strain of bird flu lethal to humans, H5N1, has been confirmed to have infected a dead wild duck, found on Monday, in marshland near Lyon. | confirmed | Strain confirmed to have infected dead wild duck
            Russia on Monday ruled out any negotiations “at this stage” with Ukraine following the ongoing cross-border offensive launched by kyiv nearly two weeks ago. | launched | Ongoing cross-border offensive launched by kyiv
            # the antecedent of a relative, past a hyphenated compound
            It is thought that the pipe, which runs between the site and a government-run laboratory, may have been damaged by tree roots. | damaged | Pipe damaged by tree roots
            # a noun the tagger calls an auxiliary ("drones/AUX") is the subject
            For its part, a source within the Ukrainian military intelligence service (GUR) confirmed to AFP on Sunday that drones had attacked the Kavkaz fuel and oil products storage facility. | attacked | Drones attack Kavkaz fuel and oil products storage facility
            # a noun trigger in the object of a finite verb: the verb is the news
            In his address to diplomats, Zelensky called for a second round of peace talks this year, insisting that pressure on Russia must be increased to achieve peace. | talks | Zelensky calls for second round of peace talks
            # "of" tagged as a conjunction still attaches
            Russia ruled out any possibility of peace talks with Ukraine. | ruled | Russia rules out possibility of peace talks
            # a gerund completing a verb has that verb's subject
            The passenger had arrived on the 19th, but did not start displaying symptoms of the flu until April 22. | displaying | Passenger displays symptoms of the flu
            # content starting with a name keeps its capitals; a title drops its leading article
            Indian Prime Minister Narendra Modi will soon visit Ukraine, Indian diplomacy announced on Monday. | announced | Indian diplomacy announces Indian Prime Minister Narendra Modi will soon visit Ukraine
            # "he" after the content is the speaker named in the sentence before
            In recent days, the Ukrainian army has said it is anchoring its positions, according to President Volodymyr Zelensky. Ukraine wants to “create a buffer zone” on the territory of the aggressor,” he added Sunday evening. | added | President Volodymyr Zelensky adds Ukraine wants to create a buffer zone
            # a relative clause in commas inside the content is left out
            Lanier said the renovations, which could begin by mid-April, would also include electrical work, fencing, gates, painting and landscaping. | said | Lanier says the renovations would also include electrical work
            # a passive's "he" is the person named as a subject in the sentence before
            Vasquez later led detectives to where he had hidden the knife and it was recovered, according to the documents. He is charged with second-degree murder and armed criminal action and Gillen is facing a felony stealing charge. | charged | Vasquez charged with second-degree murder
            # past participles without -ed or -en
            Employees were told Thursday. | told | Employees told
            The Rock Hill school district would use stimulus money to replace funding that has been cut by the state, said Harriet Jaworowski, associate superintendent for instruction. | cut | Funding cut by state
            # an aside in commas opened by a preposition is no subject; an acronym ends a title
            Many countries, among them China, Japan, and the United Kingdom, have warned the WHO to be cautious about declaring a global pandemic. | warned | Many countries warn WHO to be cautious
            # the speaker after the verb
            "It is difficult to know about each individual outbreak in a back yard," said Doctor Christianne Bruschke, in Rome, Italy on Wednesday. | said | Doctor Christianne Bruschke says it is difficult to know
            # a plural head before an attachment
            Health officials in the Gaza Strip confirmed the territory's first five cases of H1N1 swine flu earlier today. | confirmed | Health officials in the Gaza Strip confirm the territory's first five cases
            # a gerund object
            Romania has banned hunting in parts of the country and Ukrainian troops have moved from house to house. | banned | Romania bans hunting
            # what follows the verb is the content, though a comma precedes the speaker
            On March 1, 2006, Sweden announced its first possible case of Mad Cow disease, and on January 23, Canada announced its fourth case of the disease. | announced | Sweden announces its first possible case of Mad Cow disease
            # a prepositional aside after "that" is no content
            Google FluTrends indicates that at the same time last year, the flu level nationally was at moderate. | indicates | Google FluTrends indicates the flu level nationally was at moderate
            # an institution's long name is one speaker; a name's possessive keeps its capital
            Strickland's education funding model doesn't account for the cost of additional teacher time needed to instruct children with learning disabilities, the Ohio Coalition for the Education of Children with Disabilities said in a letter sent Monday to the Strickland administration and state lawmakers. | said | Ohio Coalition for the Education of Children with Disabilities says Strickland's education funding model
            # a participle after the complement of "be" is a passive
            These are the first cases of West Nile virus reported in Rhode Island this year. | reported | First cases of West Nile virus reported in Rhode Island
            # a word after an article is a noun though tagged a verb: a nominal headline, not "Metro Police crash"
            A four-car crash in the northwestern Las Vegas Valley on Monday afternoon left an 82-year-old Las Vegas woman in critical condition, Metro Police said. | crash | Four-car crash in northwestern Las Vegas Valley
            # a counted subject's participle before "after" is a passive
            In February, poultry producer Bernard Matthews' farm in Suffolk had more than 160,000 birds killed after they were infected with the H5N1 virus. | killed | 160,000 birds killed
            # "she" is the speaker named after "said" in the sentence before, not a name of her own sentence
            As a child Buck was fascinated by all kinds of animals, said Frank Buck Zoo Director Susan Kleven in an e-mail sent to the Register. In 1911, she added, Buck began his 24 year career in the business of collecting animals for exhibit. | added | Frank Buck Zoo Director Susan Kleven adds Buck began his 24 year career
            # a verb without an object keeps its prepositional phrase
            The L.A. port has signed on for 25 trucks at a cost of $5.7 million. | signed | L.A. port signs on for 25 trucks
            """)
    void headline(String sentence, String predicate, String expected) {
        String title = title(sentence, predicate, null, null);
        assertTrue(title.startsWith(expected), () -> "title was: " + title);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            # a coordination whose first verb opens the sentence: the search for its subject stops at the start
            Call 463-3950 or visit the library to register; space is limited and registration is required. | visit
            """)
    void titleOfAClauseAtTheSentenceStart(String sentence, String predicate) {
        String title = title(sentence, predicate, null, null);
        assertTrue(!title.isBlank() && !title.equals("Event"), () -> "title was: " + title);
    }

    @ParameterizedTest(name = "{0} → {4}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            # object control; no sentence period; no "in Kyiv" after "Kiev", the place as the article writes it
            However, at the start of Russia's military campaign in February 2022, it allowed the Russian military to use its territory to launch an offensive on Kiev. | launch | Kyiv | Kiev | Russian military launches offensive on Kiev
            # a lowercase noun after the trigger is no part of its name
            Russian local authorities have declared a state of emergency in the city, where a Ukrainian drone strike on Sunday set fuel storage ablaze. | strike | Proletarsk | - | Ukrainian drone strike in Proletarsk
            # no prepositional phrase without a noun in it
            Bids will be opened on Thursday for a new "theatrical dimming and controls" system, and on April 10 for window renovations. | opened | Springfield | - | Bids opened in Springfield
            # the place is appended when the title does not name it
            Police arrested a 16-year-old female while conducting bar checks over the weekend. | arrested | Brick Street | Brick Street Bar | Police arrest 16-year-old female in Brick Street
            """)
    void place(String sentence, String predicate, String place, String asWritten, String expected) {
        String title = title(sentence, predicate, place, asWritten);
        org.junit.jupiter.api.Assertions.assertEquals(expected, title);
    }
}
