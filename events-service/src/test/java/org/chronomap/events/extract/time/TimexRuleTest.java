package org.chronomap.events.extract.time;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Each rule with the real sentence that motivated it: the seed articles (dates of 2024) and TimeBank /
 * AQUAINT (TBAQ, the development set). Columns: DCT (empty = none), sentence, the extent expected, type,
 * value, mod, interval start and end, anchored start and end (empty = null).
 */
class TimexRuleTest {

    @ParameterizedTest(name = "[{index}] {2} → {4}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', nullValues = "", textBlock = """
            # Past-tense weekday in a Monday piece: the latest Sunday (seed 000).
            2024-08-19 | kyiv said on Sunday that it had destroyed a second important bridge for Moscow’s forces. | Sunday | DATE | 2024-08-18 | | 2024-08-18 | 2024-08-18 | |
            # Same-day rule: "said on Monday" in a Monday piece is that Monday (gold notes §2).
            2024-08-19 | Russia “will not talk” with Ukraine after kyiv launched an unprecedented offensive nearly two weeks ago in the Russian border region of Kursk, the Kremlin said on Monday. | Monday | DATE | 2024-08-19 | | 2024-08-19 | 2024-08-19 | |
            # "nearly" = less than two weeks ago: 5–8 Aug.
            2024-08-19 | Russia “will not talk” with Ukraine after kyiv launched an unprecedented offensive nearly two weeks ago in the Russian border region of Kursk, the Kremlin said on Monday. | nearly two weeks ago | DATE | 2024-08-05 | APPROX | 2024-08-05 | 2024-08-08 | |
            # A duration in a present-perfect progressive clause runs up to the date named before it: began 6 Aug.
            2024-08-19 | kyiv said on Sunday that it had destroyed a second important bridge for Moscow’s forces in the Russian region of Kursk, where its troops have been leading an offensive for 12 days. | 12 days | DURATION | P12D | | | | 2024-08-06 | 2024-08-18
            # Future weekday: "is expected ... on Friday" is the next Friday (seed 001).
            2024-08-19 | On the diplomatic front, Indian Prime Minister Narendra Modi is expected in Ukraine on Friday, where he is expected to meet with Volodymyr Zelensky. | Friday | DATE | 2024-08-23 | | 2024-08-23 | 2024-08-23 | |
            # "is scheduled to visit ... on Friday" (seed 004, dated Tuesday 20 Aug).
            2024-08-20 | To push for a settlement, Indian Prime Minister Narendra Modi is scheduled to visit Ukraine on Friday. | Friday | DATE | 2024-08-23 | | 2024-08-23 | 2024-08-23 | |
            # A plan reported in the past is still ahead of the report (APW19980930.0425, NYT20000329.0359).
            1998-09-30 | The team planned to leave Nairobi on Thursday for Dar es Salaam. | Thursday | DATE | 1998-10-01 | | 1998-10-01 | 1998-10-01 | |
            2000-03-29 | Immigration and Naturalization Service said they did not plan to remove Elian on Thursday morning even if his Miami relatives continued to defy the order. | Thursday morning | DATE | 2000-03-30 | | 2000-03-30 | 2000-03-30 | |
            # Past weekday other than the DCT's: the Friday before (seed 001).
            2024-08-19 | One of his advisers, Mykhailo Podoliak, said on Friday that one of the objectives of this surprise offensive was to force the Kremlin to sit down. | Friday | DATE | 2024-08-16 | | 2024-08-16 | 2024-08-16 | |
            # early/mid/late of a month: 1–10, 11–20, 21–end; the year by tense.
            2024-08-19 | Indian Prime Minister Narendra Modi will soon visit Ukraine, Indian diplomacy announced on Monday, after meeting Vladimir Putin in early July. | early July | DATE | 2024-07 | START | 2024-07-01 | 2024-07-10 | |
            2000-01-06 | Found clinging to an inner tube off the coast of Florida in late November, Elian has been the subject of an international custody battle. | late November | DATE | 1999-11 | END | 1999-11-21 | 1999-11-30 | |
            # "later this week": the rest of the ISO week from the DCT (seed 000, a Monday: the whole week).
            2024-08-19 | India’s foreign ministry did not specify when Narendra Modi would visit “Poland and Ukraine,” but Indian media reported it would take place later this week. | later this week | DATE | 2024-W34 | END | 2024-08-19 | 2024-08-25 | |
            # "earlier this week" in a Sunday piece (seed 002-C): Monday to the DCT.
            2024-08-11 | The Belarusian Defense Ministry has published footage of the wreckage of the Ukrainian drones that were shot down in its airspace earlier this week. | earlier this week | DATE | 2024-W32 | START | 2024-08-05 | 2024-08-11 | |
            # A month after a capitalised preposition is still a month (a surname needs a name before it).
            2019-08-20 | In May, the council voted to close the bridge. | May | DATE | 2019-05 | | 2019-05-01 | 2019-05-31 | |
            # Seasons are meteorological (spring = March–May); "since" anchors the range up to the DCT.
            2024-08-19 | Peace negotiations between Moscow and kyiv have been non-existent since spring 2022 and the failure of a first round of talks. | spring 2022 | DATE | 2022-SP | | 2022-03-01 | 2022-05-31 | 2022-03-01 | 2024-08-19
            # A month without a year in a future clause ("wants to draw up a plan by November").
            2024-08-19 | The Ukrainian president says he wants to draw up a plan by November, the date of the presidential election in the United States. | November | DATE | 2024-11 | | 2024-11-01 | 2024-11-30 | |
            # A past clause keeps a month ten months back (wsj_0709), a future one ten months ahead (LGL 43665818,
            # dated here in October); eleven back, the next month is nearer.
            1989-10-27 | The funeral home and cemetery operator changed from a fiscal year to a calendar year in December. | December | DATE | 1988-12 | | 1988-12-01 | 1988-12-31 | |
            2010-10-20 | A World War II troop landing ship typically docked in Evansville will travel to Jeffersonville in August. | August | DATE | 2011-08 | | 2011-08-01 | 2011-08-31 | |
            1989-10-27 | The labor contract had been set to expire in November. | November | DATE | 1989-11 | | 1989-11-01 | 1989-11-30 | |
            # A dateline: weekday, day, month, year, clock time and zone (seed 002).
            2024-08-12 | Sun, 11 Aug 2024 00:08 UTC | Sun, 11 Aug 2024 00:08 UTC | TIME | 2024-08-11T00:08 | | 2024-08-11 | 2024-08-11 | |
            # Without a DCT a relative date stays X-filled instead of guessed.
            | kyiv said on Sunday that it had destroyed a second important bridge. | Sunday | DATE | XXXX-WXX-7 | | | | |
            # TBAQ: deictic days and parts of days.
            1990-08-13 | The White House yesterday disclosed that Kuwait's ousted government has formally asked the U.S. for help. | yesterday | DATE | 1990-08-12 | | 1990-08-12 | 1990-08-12 | |
            1998-01-20 | CBS News first reported last night that the tomb may contain the remains of Air Force pilot Michael Blassie. | last night | TIME | 1998-01-19TNI | | 1998-01-19 | 1998-01-19 | |
            # A weekday's evening or afternoon is a TIME with the part of day (NYT19980212.0019, wsj_0533).
            1998-02-12 | A Brooklyn woman who was watching her clothes dry in a laundromat was killed Thursday evening when two would-be robbers emptied their pistols into the store. | Thursday evening | TIME | 1998-02-12TEV | | 1998-02-12 | 1998-02-12 | |
            1989-10-30 | It had been due to expire Friday evening. | Friday evening | TIME | 1989-10-27TEV | | 1989-10-27 | 1989-10-27 | |
            # "Friday morning" / "Friday night" stay the date: TimeBank annotates them as often without TMO/TNI.
            1998-08-08 | A bomb exploded through an office building next to the U.S. embassy in Nairobi, Kenya Friday morning. | Friday morning | DATE | 1998-08-07 | | 1998-08-07 | 1998-08-07 | |
            # A reported year ("for the year,", "of the year") is the DCT's year (wsj_0189, wsj_0520) ...
            1989-11-02 | For the year, pet food volume was flat, the company said. | the year | DATE | 1989 | | 1989-01-01 | 1989-12-31 | |
            1989-10-30 | The company reported a decline in revenue to $713.5 million through the first nine months of the year. | the year | DATE | 1989 | | 1989-01-01 | 1989-12-31 | |
            1989-11-02 | The significant drop in net income will result in lower earnings for the fiscal year. | the fiscal year | DATE | 1989 | | 1989-01-01 | 1989-12-31 | |
            # ... but with an end date it is the 12 months up to it (wsj_0674), and "throughout the fiscal year" a duration (wsj_0928).
            1989-10-30 | The results made net income for the year ended Aug. 31 C$2.7 million, or 20 Canadian cents a share. | the year | DURATION | P1Y | | | | |
            1989-10-26 | Sun indicated that its profitability should increase throughout the fiscal year. | the fiscal year | DURATION | P1Y | | | | |
            # "the weekend" in a past clause: the Saturday and Sunday before (TimeBank value YYYY-Www-WE).
            1990-08-13 | Over the weekend, Pentagon officials confirmed reports that a fourth U.S. carrier was sailing. | the weekend | DATE | 1990-W32-WE | | 1990-08-11 | 1990-08-12 | |
            # Fiscal quarters: the latest one not after the DCT's quarter; "a year ago" in earnings copy = that quarter a year before.
            1989-11-02 | DSM said net income in the third quarter jumped 63% as the company had substantially lower extraordinary charges. | the third quarter | DATE | 1989-Q3 | | 1989-07-01 | 1989-09-30 | |
            1989-10-26 | The company reported that third-quarter profit grew a robust 19% from a year ago on the strength of its operations. | a year ago | DATE | 1988-Q3 | | 1988-07-01 | 1988-09-30 | |
            # "the year-earlier nine months" is a length, the period compared with (wsj_0904).
            1989-10-26 | Net for the year-earlier nine months also included a gain of $9.7 million, or 15 cents a share. | the year-earlier nine months | DURATION | P9M | | | | |
            # Trading days count as days (wsj_0585).
            1989-10-30 | Eight trading days after Oct. 12, the day before the stock market plunge, the composite had fallen. | Eight trading days | DURATION | P8D | | | | |
            # "the quarter a year ago" and "last year's quarter" are the year-ago quarter of earnings copy (wsj_1013, wsj_0344).
            1989-10-26 | Columbia announced a loss for the third quarter of $226.3 million. For the quarter a year ago, Columbia reported earnings of $16.3 million. | the quarter a year ago | DATE | 1988-Q3 | | 1988-07-01 | 1988-09-30 | |
            1989-11-01 | Sales in the third quarter rose 8%. U.K. sales for last year's quarter were about $3 million. | last year's quarter | DATE | 1988-Q3 | | 1988-07-01 | 1988-09-30 | |
            # A year after "post-"/"pre-" (NYT20000224.0173).
            2000-02-24 | Cubans value their families above almost anything, but the post-1959 politics have managed to split thousands of families. | post-1959 | DATE | 1959 | AFTER | 1959-01-01 | 1959-12-31 | |
            # "day-long", "decades-long": the length of what the noun names (NYT20000403.0463, APW20000115.0031).
            2000-04-03 | Lawyers for Elian's Miami family emerged from their third day-long meeting with federal officials. | day-long | DURATION | P1D | | | | |
            2000-01-15 | A boy hero symbolizing the government's decades-long ideological battle with Cuban exiles in Miami. | decades-long | DURATION | PXY | | | | |
            # "for a while", "for some time": a length nobody measured (ed980111.1130.0089, AP900815-0044).
            1998-01-11 | They're going to have to live without power for a while. | a while | DURATION | PXX | | | | |
            1990-08-15 | American forces could be in the gulf region for some time. | some time | DURATION | PXX | | | | |
            # "today is the eighth day of", "It's the second day of": the day it is said on (AP900815-0044, PRI19980306.2000.1675).
            1990-08-15 | In Saudi Arabia, today is the eighth day of Desert Shield. | the eighth day | DATE | 1990-08-15 | | 1990-08-15 | 1990-08-15 | |
            1998-03-06 | It's the second day of an offensive by the security forces against villages. | the second day | DATE | 1998-03-06 | | 1998-03-06 | 1998-03-06 | |
            # The second of two days shares the first one's month (XIE19990210.0079).
            1999-02-10 | The ceremony would still be held at the NATO Washington summit on April 24 and 25. | 25 | DATE | 1999-04-25 | | 1999-04-25 | 1999-04-25 | |
            # A range of counts: the lower one is a length in the unit written after the upper one (VOA19980331.1700.1533, wsj_0585).
            1998-03-31 | It's between two to six days for every one of the sickest patients. | two | DURATION | P2D | | | | |
            1998-03-31 | It's between two to six days for every one of the sickest patients. | six days | DURATION | P6D | | | | |
            1989-10-30 | Intel told analysts that the company will resume shipments of the chips within two to three weeks. | two | DURATION | P2W | | | | |
            2024-08-19 | The repairs will take 10-12 months, officials said. | 10 | DURATION | P10M | | | | |
            # A range of clock times: the first takes the second one's half of the day and its date (LGL 40996799, 39960043, 38551527, 44294702).
            2009-03-30 | The event is planned for 4:30-7:30 p.m. Thursday, April 2. | 4:30 | TIME | 2009-04-02T16:30 | | 2009-04-02 | 2009-04-02 | |
            2009-03-30 | The event is planned for 4:30-7:30 p.m. Thursday, April 2. | 7:30 p.m. Thursday, April 2 | TIME | 2009-04-02T19:30 | | 2009-04-02 | 2009-04-02 | |
            2009-04-20 | The Red, White and Blue Bash is scheduled for 6:30 to 8:30 p.m. May 1 at the Villas. | 6:30 | TIME | 2009-05-01T18:30 | | 2009-05-01 | 2009-05-01 | |
            2008-02-12 | Tryouts are from 3:15 to 5:15 p.m. on Wednesday, Feb. 20. | 3:15 | TIME | 2008-02-20T15:15 | | 2008-02-20 | 2008-02-20 | 2008-02-20 | 2008-02-20
            2009-06-01 | It will be held Friday from 7:30 to 9:30 p.m. at Mittineague Park. | 7:30 | TIME | 2009-06-05T19:30 | | 2009-06-05 | 2009-06-05 | 2009-06-05 | 2009-06-05
            2009-06-01 | The class will meet between 11 and 1 p.m. on Friday. | 11 | TIME | 2009-06-05T11:00 | | 2009-06-05 | 2009-06-05 | 2009-06-05 | 2009-06-05
            # A clock time takes a weekday and date written after it (LGL 39072807).
            2009-03-16 | They were found dead at their Heaton Street home about 11:40 a.m. Saturday, March 14. | about 11:40 a.m. Saturday, March 14 | TIME | 2009-03-14T11:40 | APPROX | 2009-03-14 | 2009-03-14 | |
            2009-03-10 | The hearing is set for Tuesday, March 17, 2:30 p.m. at City Hall. | Tuesday, March 17, 2:30 p.m. | TIME | 2009-03-17T14:30 | | 2009-03-17 | 2009-03-17 | |
            # Each day of a list takes the month written before the first (LGL 38543853, 42215119).
            2009-03-02 | Kindergarten screenings will be held March 17, 18 and 19 for all students. | 18 | DATE | 2009-03-18 | | 2009-03-18 | 2009-03-18 | |
            2009-04-20 | Performances are at 8 p.m. April 24 and 25, May 1 and 2 and May 7, 8 and 9 at the theater. | 9 | DATE | 2009-05-09 | | 2009-05-09 | 2009-05-09 | |
            # A length before an -ing clause is counted from that event, not from the DCT (LGL 38650726).
            2009-04-20 | She worked in the District Attorney's office for 10 years before becoming a defense attorney. | 10 years | DURATION | P10Y | | | | |
            # The year written once holds for both ends of a range (GeoVirus 154, 174; the others made up to the same pattern).
            2010-06-15 | Between January and May 2008, 149 men and one woman became ill. | January | DATE | 2008-01 | | 2008-01-01 | 2008-01-31 | 2008-01-01 | 2008-05-31
            2010-06-15 | From Sept 9 till September 14, 2007, the number of infected farms rose. | Sept 9 | DATE | 2007-09-09 | | 2007-09-09 | 2007-09-09 | 2007-09-09 | 2007-09-14
            2024-08-19 | The talks lasted from March 3 to March 5, 2023. | March 3 | DATE | 2023-03-03 | | 2023-03-03 | 2023-03-03 | 2023-03-03 | 2023-03-05
            2010-06-15 | The festival ran June 3-5, 2009 in the park. | 5, 2009 | DATE | 2009-06-05 | | 2009-06-05 | 2009-06-05 | |
            2010-06-15 | The festival ran June 3-5, 2009 in the park. | June 3 | DATE | 2009-06-03 | | 2009-06-03 | 2009-06-03 | |
            2010-06-15 | Between December 2008 and February, sales fell. | February | DATE | 2009-02 | | 2009-02-01 | 2009-02-28 | 2008-12-01 | 2009-02-28
            2015-10-14 | She was admitted to an isolation unit at the Royal Free on the night of October 8–9 where she had spent time. | 9 | DATE | 2015-10-09 | | 2015-10-09 | 2015-10-09 | |
            # "the weekend of 17 September": the weekend of that day's week (GeoVirus 141).
            2006-09-25 | A local undertaker said he buried 14 people on the weekend of 17 September alone. | the weekend of 17 September | DATE | 2006-W37-WE | | 2006-09-16 | 2006-09-17 | |
            # A deictic day restated as a full date is that date (GeoVirus 12).
            2006-02-20 | Today February 18, 2006, a responsible source at the ministry said that bird flu was found in three areas. | Today February 18, 2006 | DATE | 2006-02-18 | | 2006-02-18 | 2006-02-18 | |
            # A clock time on a day counted from an event is left without a day rather than put on the DCT (NYT19990419.0515).
            1999-04-19 | There is testimony from a jogger who spotted Kopp's car near Slepian's house at 6 a.m. ten days before the shooting. | 6 a.m. | TIME | XXXX-XX-XXT06:00 | | | | |
            # "this late in the year" is the end of the DCT's year, as "earlier in the year" is its part before the DCT (GeoVirus 187).
            2009-05-10 | It is unusual to see flu circulating in Wisconsin and many, many other states this late in the year. | late in the year | DATE | 2009 | END | 2009-09-01 | 2009-12-31 | |
            # A quantity per unit is a recurrence, as TBAQ annotates rates (wsj_0918, VOA19980303.1600.2745); "a day at a time" is no rate.
            1989-10-26 | The company will post additional pretax profit of about $33 million a year because of the addition. | a year | SET | P1Y | | | | |
            1998-03-03 | Uh, there are over fifty thousand CDs a year sold with uh lyrics that are violent. | a year | SET | P1Y | | | | |
            # "N years later" counts from the last date named, of any precision; with none named it is left unresolved (LGL 41646257, a headline).
            2009-05-10 | He was arrested in 2005. Two years later he was convicted. | Two years later | DATE | 2007 | | 2007-01-01 | 2007-12-31 | |
            2009-05-10 | Santa Clara murder still haunts family 15 years later. | 15 years later | DATE | XXXX-XX-XX | | | | |
            2010-04-20 | Applications are taken on May 1, 2, 3 and 4 at City Hall. | 3 | DATE | 2010-05-03 | | 2010-05-03 | 2010-05-03 | |
            # A rate has a figure, an amount word or a plural noun right before it; after a verb it is a length (GeoVirus 143, LGL 43892961).
            2008-11-10 | E. coli, on average, affects more than 75,000 people a year and can kill as many as 60. | a year | SET | P1Y | | | | |
            2009-03-30 | After spending a year on the other side of the equator, practicing medicine, he returned. | a year | DURATION | P1Y | | | | |
            # Transcripts spell the day out: "March eighth", "the twenty-first of June" (VOA19980305.1800.2603).
            1998-03-05 | International Women's Day is this coming Sunday, March eighth. | Sunday, March eighth | DATE | 1998-03-08 | | 1998-03-08 | 1998-03-08 | |
            1998-03-05 | The vote is set for the twenty-first of June. | the twenty-first of June | DATE | 1998-06-21 | | 1998-06-21 | 1998-06-21 | |
            # A day in words is no day before a noun it counts ("March second quarter"), and needs "of" before the month.
            1998-04-20 | Sales rose in the March second quarter, the company said. | March | DATE | 1998-03 | | 1998-03-01 | 1998-03-31 | |
            1998-04-20 | It was the fourth July in a row without rain. | July | DATE | 1997-07 | | 1997-07-01 | 1997-07-31 | |
            # "an additional year", "the next couple of years" (wsj_0168, wsj_0904).
            1989-11-02 | The loan may be extended by the McAlpine group for an additional year with an increase in the conversion price. | an additional year | DURATION | P1Y | | | | |
            1989-10-26 | Over the next couple of years we would not be surprised to see Europe grow. | the next couple of years | DURATION | P2Y | | | | 1989-10-26 | 1991-10-26
            # "the year-earlier third quarter" is that quarter a year before the reported one (wsj_0736).
            1989-10-26 | Net fell in the third quarter by $8.5 million. In the year-earlier third quarter, Poughkeepsie Savings had net income of $2.8 million. | the year-earlier third quarter | DATE | 1988-Q3 | | 1988-07-01 | 1988-09-30 | |
            # "Until then" is the last day named (wsj_0534).
            1989-10-26 | All conversion rights on the stock will terminate on Nov. 30. Until then, Conseco said the stock remains convertible. | then | DATE | 1989-11-30 | | 1989-11-30 | 1989-11-30 | |
            # "future quarters", "at a later date" lie ahead; "in past years" lies behind (wsj_0568, wsj_0981, wsj_0585).
            1989-10-30 | Unisys has $225 million in loss carry-forwards that will cut tax payments in future quarters. | future quarters | DATE | FUTURE_REF | | | | |
            1989-10-26 | The company expects to arrange financing at a later date. | a later date | DATE | FUTURE_REF | | | | |
            1989-10-30 | Of course, there were sell programs in past years, too. | past years | DATE | PAST_REF | | | | |
            # "the latest fiscal year" is the last one completed (wsj_1006); "at this crucial moment" is now and "at the
            # time" a past one (AP900815-0044, APW19980301.0720), but not "at the time of" something named.
            1989-10-26 | The chain had 7.38 billion Canadian dollars in sales in the latest fiscal year. | the latest fiscal year | DATE | 1988 | | 1988-01-01 | 1988-12-31 | |
            1990-08-15 | I don't think that his majesty would be traveling at this crucial moment if Iraq had no plan. | this crucial moment | DATE | PRESENT_REF | | | | |
            1998-03-01 | He referred to the resolution in a speech six weeks ago, saying at the time he was willing to withdraw troops. | the time | DATE | PAST_REF | | | | |
            # "This quarter's loss" in earnings copy is the quarter reported (wsj_0344).
            1989-11-01 | The company posted a loss in the third quarter, against a profit for the corresponding period last year. This quarter's loss includes pretax charges. | This quarter | DATE | 1989-Q3 | | 1989-07-01 | 1989-09-30 | |
            # Plural weekdays recur, and so does the first of "Monday and Tuesday nights" (APW19980213.1320).
            1998-02-13 | Two new flights would leave Bombay on Monday and Tuesday nights from March 30. | Monday | SET | XXXX-WXX-1TNI | | | | |
            1998-02-13 | Two new flights would leave Bombay on Monday and Tuesday nights from March 30. | Tuesday nights | SET | XXXX-WXX-2TNI | | | | |
            1998-02-13 | The market is closed on Sundays. | Sundays | SET | XXXX-WXX-7 | | | | |
            # "as soon as possible" points ahead, though "as soon as" alone is a conjunction (wsj_0661).
            1989-10-26 | It said it would seek to liquidate the computer-printer maker "as soon as possible," even if a merger isn't consummated. | as soon as possible | DATE | FUTURE_REF | | | | |
            # "now on the board" is now (wsj_0158); only "from now on" is no point in time.
            1989-11-02 | I would have chosen the people who are now on the board, he said. | now | DATE | PRESENT_REF | | | | |
            # Relative units and their parts.
            1998-03-01 | The Maariv newspaper said Sunday that Netanyahu's comments last week were in response to signals from Syria. | last week | DATE | 1998-W08 | | 1998-02-16 | 1998-02-22 | |
            1998-02-13 | Prime Minister John Howard promised to put the question to a national referendum next year after convention delegates voted 89-52 for a republic. | next year | DATE | 1999 | | 1999-01-01 | 1999-12-31 | |
            1989-11-01 | The bank said the agreement is subject to shareholder approval, and that it hopes to complete the transaction early next year. | early next year | DATE | 1990 | START | 1990-01-01 | 1990-04-30 | |
            1989-10-30 | The group agreed to pay $1.9 billion for the stake earlier this month. | earlier this month | DATE | 1989-10 | START | 1989-10-01 | 1989-10-30 | |
            1998-03-22 | The British and Irish governments invited Sinn Fein to rejoin two weeks ago. | two weeks ago | DATE | 1998-03-08 | | 1998-03-08 | 1998-03-08 | |
            1998-02-06 | The job figures for January extended a surge in employment gains that began last fall, just when the labor market had showed signs of cooling. | last fall | DATE | 1997-FA | | 1997-09-01 | 1997-11-30 | |
            # Months and dates without a year take the year from the tense.
            1998-03-04 | Air Force Lieutenant Colonel Eileen Collins will be named commander of the Space Shuttle Columbia for a mission in December. | December | DATE | 1998-12 | | 1998-12-01 | 1998-12-31 | |
            2000-01-06 | They said they would appeal the decision, announced Wednesday by INS Commissioner Doris Meissner, that Elian must be returned to his father by Jan. 14. | Jan. 14 | DATE | 2000-01-14 | | 2000-01-14 | 2000-01-14 | |
            # Decades and parts of years.
            1998-02-19 | About 1.7 million Cambodians died when the communist group held power in the late 1970s. | the late 1970s | DATE | 197 | END | 1977-01-01 | 1979-12-31 | |
            1998-02-19 | But the group began to fall apart in mid-1996 after the defection of one of its top leaders, Ieng Sary. | mid-1996 | DATE | 1996 | MID | 1996-05-01 | 1996-08-31 | |
            # Vague references (TimeML PRESENT_REF / PAST_REF) have no interval.
            1989-11-02 | Montedison currently owns about 72% of Erbamont's common shares outstanding. | currently | DATE | PRESENT_REF | | | | |
            1998-06-26 | The extremist party recently took a surprising 13 percent of the vote in elections in a depressed eastern German state. | recently | DATE | PAST_REF | | | | |
            # Durations: TimeBank extents include "the first"; adjectival "two-year".
            1989-11-02 | In the first nine months, net was $306 million, compared with a loss of $195 million in the 1988 period. | the first nine months | DURATION | P9M | | | | |
            1989-11-02 | The spokesman said it is the first early retirement plan offered under its two-year cost-control strategy. | two-year | DURATION | P2Y | | | | |
            1998-01-08 | But in the past three months, stocks have plunged, interest rates have soared. | the past three months | DURATION | P3M | | | | 1997-10-08 | 1998-01-08
            # The WHO figures of seed 000: "the first 7.5 months of 2024" = 1 January to 15 August.
            2024-08-19 | Last year, 24 deaths of health workers and patients were documented, but in the first 7.5 months of 2024, a total of 34 people died. | the first 7.5 months of 2024 | DURATION | P7.5M | | | | 2024-01-01 | 2024-08-15
            # Ranges: "from X to Y" anchors both ends to the whole range (TBAQ, wsj_0xxx).
            1989-10-30 | Hewlett-Packard said it now holds 1,384,119 Octel common shares, including 100,000 shares bought from Aug. 26 to Oct. 20 for $23.31 to $24.25 a share. | Aug. 26 | DATE | 1989-08-26 | | 1989-08-26 | 1989-08-26 | 1989-08-26 | 1989-10-20
            1989-10-30 | Hewlett-Packard said it now holds 1,384,119 Octel common shares, including 100,000 shares bought from Aug. 26 to Oct. 20 for $23.31 to $24.25 a share. | Oct. 20 | DATE | 1989-10-20 | | 1989-10-20 | 1989-10-20 | 1989-08-26 | 1989-10-20
            # No seed or TBAQ sentence has a bare first day; these two follow the issue's own examples.
            2024-08-19 | The strikes took place between 5 and 8 August, the ministry said. | 5 | DATE | 2024-08-05 | | 2024-08-05 | 2024-08-05 | 2024-08-05 | 2024-08-08
            2024-08-19 | The strikes took place between 5 and 8 August, the ministry said. | 8 August | DATE | 2024-08-08 | | 2024-08-08 | 2024-08-08 | 2024-08-05 | 2024-08-08
            2024-08-19 | Russian forces have held the town from February 2022, the governor said. | February 2022 | DATE | 2022-02 | | 2022-02-01 | 2022-02-28 | 2022-02-01 | 2024-08-19
            # Tense: a participle the UD model tags ADJ ("the ruling, issued Wednesday by ...") is a past event,
            # whatever the main clause says (APW20000106.0064).
            2000-01-06 | Lawyers said they would challenge the ruling, issued Wednesday by a federal judge, in an appeals court. | Wednesday | DATE | 2000-01-05 | | 2000-01-05 | 2000-01-05 | |
            # "plans"/"planning" tagged as nouns still govern a future (NYT19981026.0446, APW20000107.0318).
            1998-10-26 | On Tuesday, the abortion-rights league plans to hold a news conference in Albany. | Tuesday | DATE | 1998-10-27 | | 1998-10-27 | 1998-10-27 | |
            2000-01-07 | Exile groups were planning to march through downtown Miami on Monday. | Monday | DATE | 2000-01-10 | | 2000-01-10 | 2000-01-10 | |
            # A gerund takes the tense of the verb before it: "is to resume trading ... Tuesday" (wsj_0810).
            1989-10-27 | The stock, suspended in Paris since the bid, is to resume trading there Tuesday. | Tuesday | DATE | 1989-10-31 | | 1989-10-31 | 1989-10-31 | |
            # An expression in parentheses restates one of the clause outside them (APW20000405.0276).
            2000-04-05 | The plane will leave Havana at 6 in the morning (6 a.m. EDT Thursday), officials said. | 6 a.m. EDT Thursday | TIME | 2000-04-06T06:00 | | 2000-04-06 | 2000-04-06 | |
            # Clause tense: which verb governs a weekday or a month without a year, and which way it points.
            # A month opening its sentence takes the verb after the subject, past a "vs." that ends no sentence
            # and a name's capitalised word the tagger reads as a verb ("Wade") (NYT19981025.0188).
            1998-10-25 | In January, a week after the 25th anniversary of the Roe vs. Wade Supreme Court decision, a clinic bombing in Birmingham, Ala., killed a security guard and severely wounded a nurse. | January | DATE | 1998-01 | | 1998-01-01 | 1998-01-31 | |
            # A plan with a noun object: the planned event lies ahead of the report (APW20000107.0318).
            2000-01-07 | Protesters planned a large demonstration in Little Havana on Saturday and were planning to drive around Miami International Airport on Monday. | Saturday | DATE | 2000-01-08 | | 2000-01-08 | 2000-01-08 | |
            # What is agreed is done after the agreement; the verb search passes a possessive 's the tagger reads
            # as "is" and a hyphenated modifier it reads as a verb ("liquid-") (wsj_0570).
            1989-10-30 | Milton Roy disclosed in May that it was approached for a possible acquisition by Thermo Electron, which agreed to purchase Milton Roy's liquid-chromatography line for $22 million in February. | February | DATE | 1990-02 | | 1990-02-01 | 1990-02-28 | |
            # ", and" opens a clause of its own: the "must" of the clause before does not govern (APW20000115.0031).
            2000-01-15 | The U.S. Immigration and Naturalization Service had ruled that Elian must be returned to his father, Juan Miguel Gonzalez, and set Friday as the deadline for his repatriation to Cuba. | Friday | DATE | 2000-01-14 | | 2000-01-14 | 2000-01-14 | |
            # A plural subject with a dynamic verb in the plain present states a timetable (VOA19980501.1800.0355) ...
            1998-05-01 | He and Palestinian leader Yasser Arafat meet separately Monday with US Secretary of State Madeleine Albright. | Monday | DATE | 1998-05-04 | | 1998-05-04 | 1998-05-04 | |
            # ... but after a single noun a plain form is an irregular past the lemmatizer missed (NYT19981025.0188).
            1998-10-25 | The service could not stop the assassin's bullet that tore through his kitchen window and into his back Friday night. | Friday night | DATE | 1998-10-23 | | 1998-10-23 | 1998-10-23 | |
            # "effective Feb. 1" announces a change still to come (wsj_0927, wsj_1003).
            1989-10-26 | The company named a new chief executive, effective Feb. 1. | Feb. 1 | DATE | 1990-02-01 | | 1990-02-01 | 1990-02-01 | |
            # Years spelled out in broadcast transcripts (PRI19980115, PRI19980205, CNN19980223).
            1998-01-15 | In nineteen ninety-one the savings and loan executive was convicted of fraud. | nineteen ninety-one | DATE | 1991 | | 1991-01-01 | 1991-12-31 | |
            1998-02-05 | The government had promised to halve unemployment by the year two thousand. | the year two thousand | DATE | 2000 | | 2000-01-01 | 2000-12-31 | |
            1998-02-23 | Oil prices fell this low in the winter of nineteen ninety-four. | the winter of nineteen ninety-four | DATE | 1994-WI | | 1994-12-01 | 1995-02-28 | |
            # Holidays are DATEs; their year by last/next or the tense (APW20000107.0318, NYT19981026.0446, APW20000417.0031).
            2000-01-06 | The boy was rescued at sea on Thanksgiving Day after his mother drowned. | Thanksgiving Day | DATE | 1999-11-25 | | 1999-11-25 | 1999-11-25 | |
            2000-02-10 | The boy was found off Florida last Thanksgiving. | last Thanksgiving | DATE | 1999-11-25 | | 1999-11-25 | 1999-11-25 | |
            1998-10-26 | The campaign will focus on abortion rights from now to Election Day. | Election Day | DATE | 1998-11-03 | | 1998-11-03 | 1998-11-03 | |
            2000-04-17 | Thousands of pilgrims arrived as Easter week began. | Easter week | DATE | 2000-W16 | | 2000-04-17 | 2000-04-23 | |
            # TimeML tags the day in a possessive and "now" in "now that" (wsj_0032, AP900816-0139).
            1989-11-02 | The offer was advertised in today's editions of several newspapers. | today | DATE | 1989-11-02 | | 1989-11-02 | 1989-11-02 | |
            1990-08-16 | Aqaba is Iraq's only port now that the embargo is enforced. | now | DATE | PRESENT_REF | | | | |
            # Earnings copy reports the quarter its lead names: a later quarter not ended by the DCT (a forecast)
            # or an earlier one does not replace it (wsj_0144, wsj_0292, wsj_0558) ...
            1989-11-02 | The insurer's third-quarter profit rose 11%. It expects a fourth-quarter charge for the earthquake. Its commercial lines earned $6.1 million a year ago. | a year ago | DATE | 1988-Q3 | | 1988-07-01 | 1988-09-30 | |
            1989-11-02 | Third-quarter profit rose. The company expects a fourth-quarter charge. Commercial lines fell 59% in the latest quarter. | the latest quarter | DATE | 1989-Q3 | | 1989-07-01 | 1989-09-30 | |
            1989-11-01 | Net income rose 20% in the third quarter. After a flat second quarter, the consumer business recovered. Interest expense was lower than a year ago. | a year ago | DATE | 1988-Q3 | | 1988-07-01 | 1988-09-30 | |
            # ... while a fiscal quarter in the lead may not have ended yet (wsj_0189) ...
            1989-11-02 | Ralston Purina's fiscal fourth-quarter net fell 47%. Sales in the latest period rose 13%. | the latest period | DATE | 1989-Q4 | | 1989-10-01 | 1989-12-31 | |
            # ... and after "the first nine months" the year-ago figures are the year's (wsj_0144, wsj_0167).
            1989-11-02 | Third-quarter net rose 11%. In the first nine months, net was $306 million. The year-ago results included a charge. | year-ago | DATE | 1988 | | 1988-01-01 | 1988-12-31 | |
            # "the current fiscal year" is the DCT's year; "earlier in the year" its part up to the DCT, as "earlier
            # this year" (wsj_0135, wsj_0918; TBAQ's extent takes "earlier in").
            1989-11-02 | The maker of fasteners expects sales in the current fiscal year to rise slightly. | the current fiscal year | DATE | 1989 | | 1989-01-01 | 1989-12-31 | |
            1989-10-26 | Heavy rains delayed planting earlier in the year, the spokesman said. | earlier in the year | DATE | 1989 | START | 1989-01-01 | 1989-10-26 | |
            # "the 1988 quarter" is the reported quarter of that year, not 1988 quarters (wsj_0585).
            1989-10-30 | Third-quarter profit fell to $2 million. The company earned $376,000 in the 1988 quarter. | the 1988 quarter | DATE | 1988-Q3 | | 1988-07-01 | 1988-09-30 | |
            # "the last half of 1989" is its second half (wsj_1014).
            1989-10-26 | The price cuts will mean lower earnings for the last half of 1989. | the last half of 1989 | DATE | 1989-H2 | | 1989-07-01 | 1989-12-31 | |
            # A modal perfect looks back: "may have been responsible for a drop ... on Wednesday" (wsj_0781).
            1989-10-27 | Analysts said the strike may have delayed shipments on Wednesday. | Wednesday | DATE | 1989-10-25 | | 1989-10-25 | 1989-10-25 | |
            # "the week of March 6" is the ISO week of that day (NYT20000224.0173).
            2000-02-24 | The dispute may finally be settled at a court hearing the week of March 6, his brother said. | the week of March 6 | DATE | 2000-W10 | | 2000-03-06 | 2000-03-12 | |
            # "soon" is FUTURE_REF outside past narrative (wsj_0778, wsj_0610).
            1989-10-27 | Prosecutors have told him that they may soon seek an indictment on racketeering charges. | soon | DATE | FUTURE_REF | | | | |
            1989-10-26 | Kellogg is so anxious to turn around Corn Flakes sales that it soon will begin selling boxes for 99 cents. | soon | DATE | FUTURE_REF | | | | |
            # "in recent months" is an unknown number of months up to now, quarters too (NYT19980402.0453, wsj_0176).
            1998-04-02 | State, county and local law-enforcement officials have expressed concerns in recent months about a possible pattern of murdered women. | recent months | DURATION | PXM | | | | |
            1989-11-02 | Property/casualty insurance has been a tough business in recent quarters, as pricing has been cutthroat. | recent quarters | DURATION | PXQ | | | | |
            # "coming quarters" lie ahead like coming months (wsj_1003); "then current" is a past present (wsj_0924).
            1989-10-26 | "It doesn't bode well for coming quarters," said John Jacobson, who follows the steel industry. | coming quarters | DATE | FUTURE_REF | | | | |
            1989-10-26 | The rights allow holders to buy additional shares at 50% of the then current market price. | then current | DATE | PAST_REF | | | | |
            # One day next to a weekday (NYT20000224.0173, a Thursday piece: last Tuesday is the 22nd).
            2000-02-24 | The day before last Tuesday's federal court hearing, Manuel went to Lazaro's home to try to work out their differences. | The day before last Tuesday | DATE | 2000-02-21 | | 2000-02-21 | 2000-02-21 | |
            # "the next morning" is the day after the last date named (NYT20000224.0173; TBAQ's 02-23 is a day off).
            2000-02-24 | The day before last Tuesday's hearing, Manuel went to Lazaro's home. He was soon released and appeared in court the next morning. | the next morning | DATE | 2000-02-22 | | 2000-02-22 | 2000-02-22 | |
            # "the previous Friday", "the following Monday": the weekday before or after the last day named (wsj_0586).
            1989-10-30 | London share prices closed sharply lower Friday in active trading. The Financial Times 100-share index shed 47.3 points to close at 2082.1, down 4.5% from the previous Friday and 6.8% from Oct. 13. | the previous Friday | DATE | 1989-10-20 | | 1989-10-20 | 1989-10-20 | |
            # "that day" and "later in the day" are the last day named (APW19991024.0075, CNN19980213.2130.0155).
            1999-10-24 | Slepian was killed on Oct. 23, 1999 by a sniper hiding in his backyard. Earlier that day, the Slepian family sent a fax to local police. | Earlier that day | DATE | 1999-10-23 | | 1999-10-23 | 1999-10-23 | |
            1998-02-13 | One contrary view of the issue presented itself to the president as he arrived in Philadelphia later in the day. | the day | DATE | 1998-02-13 | | 1998-02-13 | 1998-02-13 | |
            # "the day before returning": "before" heads a clause, so the day is the day named, not the one before it
            # (APW199980817.1193).
            1998-08-17 | Albright is scheduled to spend five hours in Dar es Salaam, her first stop Tuesday morning, and then about 5 1/2 hours in Nairobi, Kenya, later in the day before returning immediately home. | the day | DATE | 1998-08-18 | | 1998-08-18 | 1998-08-18 | |
            # After a month named since the last day, "that same day" is a day of that month (APW19990206.0090).
            1999-02-06 | MindSpring closed it Thursday night. Doctors on the list were killed, most recently last October when Dr. Barnett Slepian was gunned down. His name on the Web site was crossed out that same day. | that same day | DATE | 1998-10-XX | | 1998-10-01 | 1998-10-31 | |
            # With no day named, "that day" is an event's day, which the text does not date (LGL 41194276).
            2009-04-01 | A portion of proceeds from that day will be donated to the March of Dimes. | that day | DATE | XXXX-XX-XX | | | | |
            # A day with "last year" or "this year" after it takes that year (GeoVirus 205, LGL 41884745).
            2007-03-20 | Esperance residents first noticed large numbers of dead birds littering their streets and gardens on December 7 last year. | December 7 last year | DATE | 2006-12-07 | | 2006-12-07 | 2006-12-07 | |
            2009-03-20 | Smoking would be banned except inside private clubs that were open as of Jan. 1 this year. | Jan. 1 this year | DATE | 2009-01-01 | | 2009-01-01 | 2009-01-01 | |
            # Opening hours are recurrences: after "is open" a weekday is a SET and a clock time has no day (LGL 41751960,
            # 41542417); "stay open through Friday" is an end, a date (LGL 41205656).
            2009-03-02 | Space is limited and registration is required. Paris Public Library is open Monday-Thursday 10-8, Friday 10-6, and Saturday 10-5. | Thursday | SET | XXXX-WXX-4 | | | | |
            2009-03-02 | The library is open from 7:30 a.m.-9:30 p.m. Monday through Thursday, 7:30 a.m.-3:30 p.m. Friday and 8:30 a.m.-1:30 p.m. Saturday. | 3:30 p.m. Friday | SET | XXXX-WXX-5T15:30 | | | | |
            2009-03-02 | The library is open from 7:30 a.m.-9:30 p.m. Monday through Thursday, 7:30 a.m.-3:30 p.m. Friday and 8:30 a.m.-1:30 p.m. Saturday. | 7:30 a.m. | TIME | XXXX-XX-XXT07:30 | | | | |
             | The center has funding to stay open through Friday. | Friday | DATE | XXXX-WXX-5 | | | | |
            # An hour on a weekday in the present is a timetable, and a date listed after another shares its clause
            # (LGL 42442260, 40273227; the articles are undated, the DCT a Wednesday).
            2009-03-04 | Performances are at 7 p.m. Saturday and 2 p.m. Sunday. | 2 p.m. Sunday | TIME | 2009-03-08T14:00 | | 2009-03-08 | 2009-03-08 | |
            2009-03-04 | Oklahoma is coming to town for a three-game series. Other games are 2 p.m. Saturday and noon Sunday. | 2 p.m. Saturday | TIME | 2009-03-07T14:00 | | 2009-03-07 | 2009-03-07 | |
            # "the past decade", "the past century": the ten or hundred years up to the DCT (NYT19981025.0188, wsj_0266).
            1998-10-25 | Harassment and threats against him by anti-abortion groups had become routine over the past decade. | the past decade | DURATION | P10Y | | | | 1988-10-25 | 1998-10-25
            1989-11-01 | The Centennial Journal item recognized the money-fund concept as one of the significant events of the past century. | the past century | DURATION | P100Y | | | | 1889-11-01 | 1989-11-01
            # Counts in hundreds and thousands, in words or with separators, and "hundreds of years" (PRI19980121.2000.2591,
            # LGL 38552679, 41639415). The digits row is the PRI sentence as outlets that write numbers in digits print it;
            # "000 years" was once read out of "2,000 years".
            1998-01-21 | Some families have kept their glass working secrets for more than two thousand years. | more than two thousand years | DURATION | P2000Y | MORE_THAN | | | |
            1998-01-21 | Some families have kept their glass working secrets for more than 2,000 years. | more than 2,000 years | DURATION | P2000Y | MORE_THAN | | | |
             | For hundreds of years the Neches River Valley has nourished a succession of peoples. | hundreds of years | DURATION | PXY | | | | |
             | The resolution would express the General Assembly's profound contrition for the official acts that sanctioned and perpetuated slavery hundreds of years ago. | hundreds of years ago | DATE | PAST_REF | | | | |
            # "the past fortnight" is two weeks (LGL 39804464); undated, a count back keeps its granularity (LGL 44026163).
             | Over the past fortnight his vehicle has been vandalised twice. | the past fortnight | DURATION | P2W | | | | |
            2009-03-15 | Over the past fortnight his vehicle has been vandalised twice. | the past fortnight | DURATION | P2W | | | | 2009-03-01 | 2009-03-15
             | Chad LaBumbard, technical director, said the current lighting control system was installed 30 years ago. | 30 years ago | DATE | XXXX | | | | |
            # The n-th weekday of a month is one day of it (LGL 40245837, dated Thursday 19 March 2009).
            2009-03-19 | Currently, the city holds elections on the first Tuesday in September on those years. | the first Tuesday in September | DATE | 2008-09-02 | | 2008-09-02 | 2008-09-02 | |
             | Currently, the city holds elections on the first Tuesday in September on those years. | the first Tuesday in September | DATE | XXXX-09-XX | | | | |
            # A part of "the" unit that has not begun, in a past clause, is in the unit before (LGL 41424348, said in March).
            2009-03-23 | “The end of the year was not good at all,” Waskow admitted. | The end of the year | DATE | 2008 | END | 2008-09-01 | 2008-12-31 | |
            # "N days after" a happening puts it N days back from a day named (LGL 39423136), and from the DCT in a
            # clause that has happened or is happening; not in a clause still to come (LGL 38572301).
            # CandidateRulesTest dates the seed's "comes almost two weeks after".
            2009-03-20 | He was set to die Feb. 26, one day after Goodwin and the others were charged with violating Georgia's assisted suicide law. | one day | DURATION | P1D | | | | 2009-02-25 | 2009-02-25
            # The same with "a day": the figure before it ends a clause, so it is no rate ("$9 an hour"); constructed, as
            # the development sets have no such sentence.
            2009-03-20 | He was set to die Feb. 26, a day after Goodwin and the others were charged. | a day | DURATION | P1D | | | | 2009-02-25 | 2009-02-25
            # "the day before/after ..." in apposition to a day is that day (wsj_0585, APW19990507.0207, LGL 41694033);
            # after a sentence break it is the day before the last one named.
            1989-11-02 | Eight trading days after Oct. 12, the day before the stock market plunge, for instance, the Nasdaq composite fell. | the day | DATE | 1989-10-12 | | 1989-10-12 | 1989-10-12 | |
            1999-05-07 | Kopp's whereabouts remain unknown. He was last seen Nov. 3, the day before authorities issued a material witness warrant in the case. | the day | DATE | 1998-11-03 | | 1998-11-03 | 1998-11-03 | |
            2010-03-15 | Investigators got that information Friday, the day before the routine traffic stop ended in gunfire. | the day | DATE | 2010-03-12 | | 2010-03-12 | 2010-03-12 | |
            1999-05-07 | He was last seen on Nov. 3. The day before, authorities issued a warrant. | The day before | DATE | 1998-11-02 | | 1998-11-02 | 1998-11-02 | |
            2009-03-15 | Once here, he would go directly to trial in Alexandria’s Circuit Court, but given the circumstances and nature of the case, Sengel estimated that it could be a minimum of 90 days after he is transferred until Smith stands trial. | 90 days | DURATION | P90D | | | | |
            # "last February" said in March is not the month just ended, which news calls "last month"
            # (APW19980301.0720); "last December" in January is, and "this past September" is the latest (LGL).
            1998-03-01 | In addition, 73 soldiers were killed en route to Lebanon when two military helicopters crashed last February. | last February | DATE | 1997-02 | | 1997-02-01 | 1997-02-28 | |
            2010-01-15 | When Alexandria police found the body of Juantissa Hill, 24, inside her Van Dorn Street apartment early last December, she had not shown up for work in two days. | last December | DATE | 2009-12 | | 2009-12-01 | 2009-12-31 | |
            2010-10-20 | A 24-year-old Elkhart man who allegedly fled from an officer during the course of a traffic stop this past September has been indicted by an Anderson County grand jury. | this past September | DATE | 2010-09 | | 2010-09-01 | 2010-09-30 | |
            # An ordinal quarter in apposition to a year-ago quarter names it, and the day it ended is of that year
            # (wsj_0709).
            1989-10-27 | In the comparable year-ago quarter, the second quarter ended Oct. 31, Service Corp. had a loss of about $12.5 million. | the comparable year-ago quarter | DATE | 1988-Q2 | | 1988-04-01 | 1988-06-30 | |
            1989-10-27 | In the comparable year-ago quarter, the second quarter ended Oct. 31, Service Corp. had a loss of about $12.5 million. | the second quarter | DATE | 1988-Q2 | | 1988-04-01 | 1988-06-30 | |
            1989-10-27 | In the comparable year-ago quarter, the second quarter ended Oct. 31, Service Corp. had a loss of about $12.5 million. | Oct. 31 | DATE | 1988-10-31 | | 1988-10-31 | 1988-10-31 | |
            # An unknown number of centuries is PXC, TimeBank's century letter (PRI19980121.2000.2591).
            1998-01-21 | The mosque dominated the skyline for centuries. | centuries | DURATION | PXC | | | | |
            # "a year or two" is one expression; "in a year or two" ahead is a future one to two years out
            # (VOA19980331.1700.1533), not the year after the DCT; a length keeps its lower count (LGL, APW20000403.0057).
            1998-03-31 | You may, in a year or two, save a few more lives if you do sickest first. | a year or two | DATE | FUTURE_REF | | | | 1999-03-31 | 2000-03-31
            2000-04-03 | He will stay with his family during the federal appeal -- which could take as long as a month or two. | a month or two | DURATION | P1M | | | | |
            # A "before" with words after it is no part of the length (GeoVirus 205, 225); before a date, the length
            # counts back from it to the day it tells (anchored).
            2009-01-10 | Dozens of native birds began dying in her back yard a week before Christmas. | a week | DURATION | P1W | | | | 2008-12-18 | 2008-12-18
            2009-07-01 | The coroner's office said on Twitter that it would be a minimum of six to eight weeks before results of the autopsy are finalised. | eight weeks | DURATION | P8W | | | | |
            # A count back past the era is a year BC, as TimeML writes it: the proleptic year 0 is 1 BC (the PRI sentence
            # turned into a count back).
            1998-01-21 | The families began keeping their glass working secrets two thousand years ago. | two thousand years ago | DATE | BC0003 | | -0002-01-01 | -0002-12-31 | |
            # Undated, a clock time keeps its weekday or date and a part of a day its part (LGL 38552679, GeoVirus 4,
            # LGL 41650539, 38551527).
             | The monthly meeting of the East Texas Environmental Concerns Organization will be at 6 p.m. Monday at First Presbyterian Church. | 6 p.m. Monday | TIME | XXXX-WXX-1T18:00 | | | | |
             | Health officials there yesterday night later determined this person had malaria, not the Ebola virus. | yesterday night | TIME | XXXX-XX-XXTNI | | | | |
             | Although no gun was found as of Monday evening, Capt. Steve Juge said a 16-year-old was arrested. | Monday evening | TIME | XXXX-WXX-1TEV | | | | |
             | The first will be from 4 p.m. to 6 p.m. Monday, Feb. 18, followed by tryouts on Wednesday, Feb. 20. | 6 p.m. Monday, Feb. 18 | TIME | XXXX-02-18T18:00 | | | | |
            # Undated, a clock time is on the day written before it in its sentence, unless that day bounds a range
            # (LGL 38553503, 39624584, 43921285).
             | Zoo admission will be a buck a head ($1) during Tuesday, March 17 from 10 a.m. to 4 p.m. | 4 p.m. | TIME | XXXX-03-17T16:00 | | | | |
             | The burn ban, which had been in effect since February 11, was lifted as of 9:45 a.m. | 9:45 a.m. | TIME | XXXX-XX-XXT09:45 | | | | |
             | Yard waste will be collected on the first Saturday of each month from April 4 through Jan. 2, from 9 a.m. to 1 p.m. | 9 a.m. | TIME | XXXX-XX-XXT09:00 | | | | |
            # Dated, the same: "since February 11" is no day of the lifting, which the DCT dates.
            2009-03-18 | The burn ban, which had been in effect since February 11, was lifted as of 9:45 a.m. | 9:45 a.m. | TIME | 2009-03-18T09:45 | | 2009-03-18 | 2009-03-18 | |
            # A state that lasts through a weekday ends on a day ahead, unless its clause is past (LGL 41542417,
            # 42573073; the articles are undated, the DCTs a Wednesday; the last row a clause whose tense is not read).
            2009-04-01 | The Kishwaukee College library's annual book sale is being held through Saturday in the library on the college's campus. | Saturday | DATE | 2009-04-04 | | 2009-04-04 | 2009-04-04 | |
            2009-03-18 | It is part of the No to Xenophobia campaign, which was launched on March 15 and continues through Sunday. | Sunday | DATE | 2009-03-22 | | 2009-03-22 | 2009-03-22 | |
            2009-03-18 | The campaign was launched on March 15 and continued through Sunday. | Sunday | DATE | 2009-03-15 | | 2009-03-15 | 2009-03-15 | |
            2008-02-13 | The exhibit runs through Friday. | Friday | DATE | 2008-02-15 | | 2008-02-15 | 2008-02-15 | |
            # With no year written, a range of months still ends after it starts (LGL 41814338; the article is undated,
            # the DCT one at which each end alone resolves to the other side of it).
            2009-03-17 | The drill is meant to prepare Ohioans for tornado season, which runs from April through July. | July | DATE | 2009-07 | | 2009-07-01 | 2009-07-31 | 2009-04-01 | 2009-07-31
            # "and a half" after the unit shifts by half a unit more, from the last date named or the DCT (LGL 41447398;
            # the second row is its "ago" form).
             | After the IOC Valuation Committee visit to Sochi in February 2007, the authorities promised to buy land plots, but a year and a half later no land plots purchase agreements had been supplied to their owners. | a year and a half later | DATE | 2008 | | 2008-01-01 | 2008-12-31 | |
            2009-03-20 | The authorities promised to buy the land plots a year and a half ago. | a year and a half ago | DATE | 2007 | | 2007-01-01 | 2007-12-31 | |
            # An ordinal weekday of each month is a monthly recurrence, not a dated weekday (LGL 43921285).
            2009-04-01 | Residents can recycle yard waste at the Municipal Garage on the first Saturday of each month from April 4 through Jan. 2. | the first Saturday of each month | SET | P1M | | | | |
            # A count with a singular unit before a noun is an adjective: its "the" belongs to the noun (WSJ900813-0157,
            # LGL 41539050); with a plural unit the duration keeps it (wsj_0127).
            1990-08-13 | Saddam Hussein would use the crisis as a lever to solve the Arab world's most frustrating problem, the 23-year Israeli occupation of land claimed by Palestinians. | 23-year | DURATION | P23Y | | | | |
            2009-03-20 | The refinancing could save the city more than $400,000 over the 13-year life of the bonds. | 13-year | DURATION | P13Y | | | | |
            1989-10-30 | Reed International PLC said that net income for the six months ended Oct. 1 slipped 5% to 89.7 million pounds. | the six months | DURATION | P6M | | | | |
            # So is a hyphenated quarter before a noun; the noun "the third quarter" keeps its "the" (wsj_0527).
            1989-10-30 | A major factor in the third-quarter loss was the write-down of $143.6 million of goodwill. | third-quarter | DATE | 1989-Q3 | | 1989-07-01 | 1989-09-30 | |
            1989-10-30 | The company recorded an additional $20 million in loan loss reserves in the third quarter. | the third quarter | DATE | 1989-Q3 | | 1989-07-01 | 1989-09-30 | |
            # "a week ago today" is one day, that many units before the DCT (LGL 38563537).
            2009-03-20 | The proposed rules emerged a week ago today, creating a stir among the Capitol press corps. | a week ago today | DATE | 2009-03-13 | | 2009-03-13 | 2009-03-13 | |
            # A length written in several units is one duration, weeks joining the days (LGL 41772199, 41432379).
            2009-03-20 | Earle is currently serving his sentence of five years and eight months in prison for his convictions. | five years and eight months | DURATION | P5Y8M | | | | |
            2009-03-20 | It was won by Joaquin Sobrino Martinez of Burgos Monumental in 4 hours, 31 minutes, 53 seconds after a sprint finish. | 4 hours, 31 minutes, 53 seconds | DURATION | PT4H31M53S | | | | |
            # "by then" is the last date named, of any precision (LGL 41282941: May, not the meeting's Thursday before it).
            2009-03-23 | The commissioners may vote at their meeting at 5:30 p.m. Thursday. Consumers Energy could implement its rate hike in May if state regulators do not rule by then. | then | DATE | 2009-05 | | 2009-05-01 | 2009-05-31 | |
            # "One day" heading a clause, before its subject, is an untold day of the story, not a length (LGL 41734756,
            # 41194276); "apply for one day" is a length (LGL 42514118).
            2009-03-20 | Hughes was sitting in a chair in his living room. One day the dog walked up to his owner and lingered by the chair. | One day | DATE | PAST_REF | | | | |
            2009-03-20 | So when other babies are born at 26 weeks with a heart condition, one day, none of them dies, she said. | one day | DATE | FUTURE_REF | | | | |
            2009-03-20 | “We can apply for one day,” Welch said. | one day | DURATION | P1D | | | | |
            # A clock time takes "today", "yesterday" after it (LGL 43228123, 41880860; the articles are undated, the DCT
            # chosen), and a day "of this year" its year (GeoVirus 102).
            2009-03-20 | At 1 p.m. yesterday, Guay's attorney Brandon Giuda filed a petition with the court. | 1 p.m. yesterday | TIME | 2009-03-19T13:00 | | 2009-03-19 | 2009-03-19 | |
            2009-03-20 | Mayor Ryan Bingham is scheduled to hold a press conference at noon today to unveil a new program. | noon today | TIME | 2009-03-20T12:00 | | 2009-03-20 | 2009-03-20 | |
            2006-03-20 | There have been 29 confirmed H5N1 cases including 11 deaths in Indonesia since January 29 of this year. | January 29 of this year | DATE | 2006-01-29 | | 2006-01-29 | 2006-01-29 | 2006-01-29 | 2006-03-20
            # A count an hour is a rate, as a count a day is (LGL 41740820, 42109090).
            2009-03-27 | City officials hope they get 300 people an hour to help fill sandbags at the Fargodome. | an hour | SET | PT1H | | | | |
            2009-03-27 | We will probably be giving away around four an hour, McCollum said. | an hour | SET | PT1H | | | | |
            # "early" or "late" before a day of the month is a part of that day (GeoVirus 128).
            2006-12-20 | If you ate at the McDonalds located in Greenlane, Auckland, on late December 15, early December 16, then please visit your doctor. | early December 16 | DATE | 2006-12-16 | START | 2006-12-16 | 2006-12-16 | |
            # A weekday before a capitalised word is still a day when what follows is no name (LGL 41723446).
            2009-03-24 | Richard Harper told Lamar County Commissioners Monday TxDOT has simplified the bridge repair process. | Monday | DATE | 2009-03-23 | | 2009-03-23 | 2009-03-23 | |
            # A weekday after a present copula lies ahead, after a past one behind (LGL 42573074, 40320537; the articles are
            # undated, the DCT a Monday).
            2009-03-30 | The deadline to register for the April 26 election is Thursday. | Thursday | DATE | 2009-04-02 | | 2009-04-02 | 2009-04-02 | |
            2009-03-30 | The deadline was Thursday. | Thursday | DATE | 2009-03-26 | | 2009-03-26 | 2009-03-26 | |
            # "the first two quarters of 1990" is that year's first half, not a length (wsj_1003).
            1989-10-26 | Analysts expect the trend to continue through at least the first two quarters of 1990, when the industry will see the effect. | the first two quarters of 1990 | DATE | 1990-H1 | | 1990-01-01 | 1990-06-30 | |
            # Parts of a day: the middle of it is noon, the others TAF/TMO/TEV (wsj_0169, APW19991008.0151, PRI19980306.2000.1675).
            1989-11-02 | In London at mid-afternoon yesterday, Ratners's shares were up 2 pence. | mid-afternoon yesterday | TIME | 1989-11-01TAF | | 1989-11-01 | 1989-11-01 | |
            1999-10-08 | Mohamed was scheduled to appear before a U.S. magistrate judge in Manhattan at midday, according to a statement. | midday | TIME | 1999-10-08T12:00 | | 1999-10-08 | 1999-10-08 | |
            1998-03-06 | By mid afternoon, official Serb sources were saying the operation was over. | mid afternoon | TIME | 1998-03-06TAF | | 1998-03-06 | 1998-03-06 | |
            # "4 in the morning" is a clock time (APW20000405.0276).
            2000-04-05 | ''This courageous father will leave at 4 in the morning,'' Castro said. | 4 in the morning | TIME | 2000-04-05T04:00 | | 2000-04-05 | 2000-04-05 | |
            # A clock time takes the weekday restated in parentheses after it (APW20000405.0276, APW19980808.0022).
            2000-04-05 | ''This courageous father will leave at 4 in the morning (4 a.m. EDT Thursday),'' Castro said. | 4 in the morning | TIME | 2000-04-06T04:00 | | 2000-04-06 | 2000-04-06 | |
            1998-08-08 | The blast in Nairobi occurred at about 10:35 a.m. (0735 GMT) Friday, toppling a crowded building. | about 10:35 a.m. | TIME | 1998-08-07T10:35 | APPROX | 1998-08-07 | 1998-08-07 | |
            # Year-end: the day the books close, 31 December of the DCT's year; after "since" of the year before
            # (wsj_0006, wsj_0950, wsj_0586); "around year end" is December, roughly (wsj_0551).
            1989-11-02 | It expects to obtain regulatory approval and complete the transaction by year-end. | year-end | DATE | 1989-12-31 | | 1989-12-31 | 1989-12-31 | |
            1989-11-01 | The company has a previously announced plan to reduce employment by at least 6,000 people by year end. | year end | DATE | 1989-12-31 | | 1989-12-31 | 1989-12-31 | |
            1989-10-30 | The percentage change is since year-end. | year-end | DATE | 1988-12-31 | | 1988-12-31 | 1988-12-31 | 1988-12-31 | 1989-10-30
            1989-10-30 | The transaction is expected to close around year end. | around year end | DATE | 1989-12 | APPROX | 1989-12-01 | 1989-12-31 | |
            # After a modal "one day" is "some day" (PRI19980303.2000.2550).
            1998-03-03 | According to the Arab American institute, Islam will one day be the second largest religion in the country. | one day | DATE | FUTURE_REF | | | | |
            # An unknown number of units: "over the years", "the weeks ahead" (VOA19980331.1700.1533, wsj_0768).
            1998-03-31 | Over the years many more patients who are about to die of liver failure were transplanted. | the years | DURATION | PXY | | | | |
            1989-10-27 | Funds may face pressure to sell off some of their junk to pay departing investors in the weeks ahead. | the weeks ahead | DURATION | PXW | | | | |
            # Hours stay hours except the idiomatic 24 (NYT20000414.0296; ABC19980108.1830.0711).
            2000-04-14 | What I do think is that he should have arrived in this country at least 72 hours after his son was found. | at least 72 hours | DURATION | PT72H | EQUAL_OR_MORE | | | |
            1998-01-08 | Stocks plunged again in the last twenty four hours across Asia. | the last twenty four hours | DURATION | P1D | | | | |
            # "in years" after "for the first time" is an unknown number of years (wsj_0973).
            1989-10-26 | The business is experiencing a surge of growth for the first time in years. | years | DURATION | PXY | | | | |
            # Recurrences.
            2000-01-28 | Fidel Castro's government has been using such traditional political events -- along with other rallies almost every day -- to draw attention to the case. | every day | SET | P1D | | | | |
            """)
    void tagsAndNormalises(String dct, String sentence, String extent, String type, String value, String mod,
                           String intervalStart, String intervalEnd, String anchoredStart, String anchoredEnd) {
        TimeExpression e = TimexTestSupport.expressionAt(sentence, dct, extent);
        assertNotNull(e, "nothing found at '" + extent + "'");
        assertAll(
                () -> assertEquals(extent, e.text(), "extent"),
                () -> assertEquals(type, e.type().name(), "type"),
                () -> assertEquals(value, e.value(), "value"),
                () -> assertEquals(mod, e.mod(), "mod"),
                () -> assertEquals(intervalStart, string(e.intervalStart()), "interval start"),
                () -> assertEquals(intervalEnd, string(e.intervalEnd()), "interval end"),
                () -> assertEquals(anchoredStart, string(e.anchoredStart()), "anchored start"),
                () -> assertEquals(anchoredEnd, string(e.anchoredEnd()), "anchored end"));
    }

    /** Words that look like time expressions and are not. */
    @ParameterizedTest(name = "[{index}] {2}")
    @CsvSource(delimiter = '|', quoteCharacter = '^', textBlock = """
            # "the last year of his contract" is its final year, not last year (LGL 38551711).
            2009-03-20 | The superintendent has agreed to have his salary frozen during the last year of his contract. | the last year
            # "The Week Against Homophobia" is a name (LGL 42573073).
            2009-03-18 | The Week Against Homophobia is dedicated to the memory of victims of political repression. | The Week
            # A month after a nickname in quotes is a surname (GeoVirus 140).
            2009-03-20 | The top two athletes remained the same as last year; Elisabeth "Liz" May from Luxembourg managed to stay ahead. | May
            # A bare "two thousand" is a number; "nineteen" alone too.
            1998-02-23 | More than two thousand people marched, and nineteen were arrested. | two thousand
            1998-02-23 | More than two thousand people marched, and nineteen were arrested. | nineteen
            # A holiday is a name: "the labor day of the strikers" is none.
            1998-12-01 | Union leaders said the labor day of the strikers lasted twelve hours. | labor day
            # A count after "and" is a day only when nothing follows it that it counts.
            1999-04-26 | Officials said that on April 24 and 25 people were evacuated from the town. | 25
            # "Since then" looks back to whatever was named last, often a year or an event (APW19990607.0041).
            1999-06-07 | He was placed on the most wanted list on Dec. 21, 1988, which began in 1950. Since then, 427 fugitives have been taken into custody. | then
            1999-03-12 | There were 12 original members of NATO at the time of its founding. | the time
            # A capitalised season before "of" and a name is a name; "per second" measures a speed (NYT19981025.0216, wsj_0781).
            1998-10-25 | The group started a series of largely unsuccessful ``Spring of Life'' demonstrations in 1992. | Spring
            1989-10-27 | Intel clocks the chip's speed at 15 million instructions per second, or MIPs. | per second
            2000-01-05 | From now on, the rallies will be held every day. | now
            # A capitalised unit after figures is a programme's title (APW20000417.0031).
            2000-04-17 | ''The way they're abusing him,'' Gonzalez said on CBS's ''60 Minutes.'' | 60 Minutes
            # A capitalised "This Week" is a programme's title (WSJ900813-0157).
            1990-08-13 | Secretary of State James Baker, speaking on ABC News' "This Week," said the request gave legal cover. | This Week
            # "as soon as", "soon after" are conjunctions, and a past "soon" is not FUTURE_REF (NYT20000224.0173, APW19980219.0476).
            2000-04-03 | The group would be ready to leave for the United States as soon as Tuesday, Castro said. | soon
            1998-02-19 | Searchers concluded he had probably been killed soon after being captured. | soon
            2000-02-24 | He felt heart palpitations and was taken to a hospital. He was soon released and appeared to be healthy. | soon
            # A march named after the month is no date (APW19990122.0193, APW20000115.0031).
            1999-01-22 | Agents scanned the crowd of protesters at the annual March for Life on Capitol Hill. | March
            2000-01-15 | His grandmother was at the head of the ``March of the Combatant Mothers,'' pushing a stroller. | March
            # A month name after a given name is a surname, not a date (the titles helper's "Ken May says").
            2019-05-24 | Prime Minister Theresa May said on Friday that she would resign. | May
            2009-03-20 | Guitarist Brian May played the anthem at the palace. | May
            # "year-end" as a modifier is no expression of its own (wsj_0927).
            1989-10-26 | Income has risen over comparable periods in 1988, when year-end net was below the 1987 level. | year-end
            # "and" joins two counts of one unit only after "between" (a made-up sentence).
            1999-04-26 | The court gave him 3 and his brother 5 years in prison. | 3
            # A year-like number counting the plural noun after a quantifier or comma; an age in decades (GeoVirus 23, 53, 43).
            2006-02-20 | Some 1500 birds have been reported as having the disease. | 1500
            2006-01-10 | In 2005, 1926 cases of polio were reported up from the 1255 cases reported in 2004. | 1926
            2006-01-10 | Two men and a woman in their seventies and a seventeen-year-old girl have died. | seventies
            2006-01-10 | The patient, a woman in her late 80s, recovered. | 80s
            # Names: a paper's "Daily", a season or "the March" before a capitalised word, an award's "the Year" (GeoVirus 32, LGL 42514120, 41305572, 42573073).
            2005-10-10 | Thousands of birds have been killed in an attempt to contain the outbreak, the Bucharest Daily News reported. | Daily
            2008-07-21 | Police detained a suspect, according to China Daily. | Daily
            2010-03-29 | Laurel County prepares for PRIDE Spring Cleanup. | Spring
            2009-05-04 | Patterson had been recognized as an Outstanding Young Man of Arlington and Citizen of the Year. | the Year
            2009-05-04 | The March Against Hatred is not a political march. | March
            # "the day after" a name counts from an event, and "then-President" is a title (LGL 38543491, 41028479).
            2010-03-08 | The missiles that President Dmitry Medvedev announced on the day after Barack Obama's election victory last November. | the day after
            2010-03-15 | He has served as Murmansk governor since 1996 and was appointed by then-President Putin to a fourth term. | then
            # A half of something other than a year, a share of a population (LGL 38576518, GeoVirus 182).
            2009-04-20 | They could not avenge their defeat to Talaat Youssef's side in the first half of the season. | the first half
            2006-02-01 | There were 110,000 cases of Chikungunya on the island of Reunion, nearly one quarter of the population. | one quarter
            # A weekday after "the" and before a capitalised name is a paper's name (GeoVirus 153).
            2007-09-03 | Mass hysteria (according to the Sunday Times of India) broke out last Friday. | Sunday
            # "the", a capitalised "Future" or "Past" and a capitalised word name something (LGL 38735086).
            2009-03-20 | He is chapter treasurer of the Future Farmers of America. | the Future
            # After a verb of saying, "that" before "night was" is a conjunction.
            2009-04-01 | He said that night was the worst of his life. | that night
            # A weekday amid capitalised words is part of a name (LGL 40996799); a number before "or more" is a count
            # (GeoVirus 147).
            2009-03-20 | The Ben Strother Sunday School Class at Columbia's First United Methodist Church is again presenting a supper. | Sunday
            2007-02-01 | A further 1500 or more are estimated to currently be hospitalised with the disease. | 1500
            # A month as the subject of a speech verb is a surname (LGL 39097194).
            2009-03-30 | Residents can pick up a burning permit at either of the city's fire stations, January said. | January
            # A half without its year is mostly of a football match (LGL 38576518).
            2009-04-20 | Ahli's midfielder Mohamed Barakat was sent off in the second half for picking up two yellow cards. | the second half
            # A capitalised "Today", "Tomorrow", "Now" after a word is part of a name (VOA19980331.1700.1533, LGL 43259724, 40679621).
            1998-03-31 | But the number of patients waiting would not change. This is VOA Today. | Today
            2009-03-24 | The City of Paris supports the new Trees for Tomorrow Project in Paris. | Tomorrow
            2009-03-20 | He will launch a new political action committee, called the "First Amendment Now Campaign." | Now
            # A capitalised count and unit joined by a hyphen name a war (LGL 43790134).
            2009-03-30 | The Golan Heights, which Israel captured from Syria during the 1967 Six-Day War, is not negotiable. | Six-Day
            2009-05-10 | After two weeks of rehab he takes it one day, then a day at a time. | a day
            # A house number before a street, an age "of age" (LGL 41521710, 44014228).
            2009-03-30 | After the woman entered the station's open doors at 1517 Locust Street, a firefighter told her to leave. | 1517
            2009-03-30 | McDaniel allegedly had inappropriate sexual contact with a girl less than 8 years of age Sunday. | less than 8 years
            # An address given by its block (LGL 41538159).
            2009-03-23 | The call from the Homes was reported just after 9 a.m. as a deck fire in the 1600 block of Northeast Club House Drive. | 1600
            # A number after "No." is no year (LGL 38553509).
            2009-03-30 | He said he was with friends when he saw Gainesville VFW Post No. 1922 in the distance. | 1922
            # A speed's hour is neither a rate nor a length: LGL 42982553 as it is written and as it is often said.
            2009-03-30 | We would also consider reducing the speed limit from 60 miles per hour to 50 in that portion of Highway 19. | per hour
            2009-03-30 | We would also consider reducing the speed limit from 60 miles an hour to 50 in that portion of Highway 19. | an hour
            # "the last half" without a year is the last half of something else.
            1998-12-01 | The team scored twice in the last half of the game. | last half
            """)
    void ignores(String dct, String sentence, String written) {
        TimeExpression e = TimexTestSupport.expressionAt(sentence, dct, written);
        assertNull(e, () -> "tagged " + e.text() + " = " + e.value());
    }

    private static String string(Object o) {
        return o == null ? null : o.toString();
    }
}
