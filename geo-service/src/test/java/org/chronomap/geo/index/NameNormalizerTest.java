package org.chronomap.geo.index;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class NameNormalizerTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # name                 | key                 | motivating text
            Proletars'k            | proletarsk          | GeoNames writes the soft sign, news does not
            Пролетарск             | proletarsk          | Cyrillic alternate names must match Latin queries
            Zalizné                | zalizne             | "the Russian army captured Zalizné" (accent in AFP copy)
            KURSK                  | kursk               | headlines in capitals
            Rostov-on-Don          | rostov on don       | hyphens are word breaks
            Kursk’s                | kursks              | the spotter splits possessives before this; the key itself keeps letters only
            """)
    void keyIsCaseAccentScriptAndPunctuationInsensitive(String name, String key, String why) {
        assertEquals(key, NameNormalizer.key(name), why);
    }

    @ParameterizedTest(name = "{0} ~ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            # spelling A   | spelling B       | motivating text
            Seim           | Seym             | "bridge over the Seim River" vs "the Seym"
            Kiev           | Kyiv             | RT writes Kiev, AFP writes Kyiv
            Artiomovo      | Artemovo         | "Artiomovo" (AFP via French) is GeoNames' Artemovo
            Artyomovo      | Artemovo         | yo/io/e all render Russian ё
            Khmelnitsky    | Khmel'nyts'kyy   | popular vs BGN/PCGN romanisation
            Zaporizhzhia   | Zaporizhzhya     | Ukrainian renderings of ія
            St. Petersburg | Saint Petersburg | abbreviated Saint
            """)
    void spellingVariantsShareAVariantKey(String a, String b, String why) {
        assertEquals(NameNormalizer.variantKey(NameNormalizer.key(b)), NameNormalizer.variantKey(NameNormalizer.key(a)), why);
    }

    @ParameterizedTest(name = "{0} ≁ {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Paris   | Perth
            Kursk   | Kirsk
            Donetsk | Doneck Oblast
            """)
    void differentNamesStayApart(String a, String b) {
        assertNotEquals(NameNormalizer.variantKey(NameNormalizer.key(b)), NameNormalizer.variantKey(NameNormalizer.key(a)));
    }
}
