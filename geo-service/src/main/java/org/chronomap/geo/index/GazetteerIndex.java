package org.chronomap.geo.index;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.chronomap.geo.gazetteer.BundledGazetteer;
import org.chronomap.geo.gazetteer.Place;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The Lucene gazetteer index: one "place" document per place (attributes, point, shape) and one
 * "name" document per distinct spelling of each place's names (exact key and variant key).
 * Place attributes are also held in memory ({@link #place(long)}) for ranking, without names or
 * shapes; shapes are read from the index on demand.
 */
public final class GazetteerIndex implements Closeable {

    /**
     * Version of the index layout and of the bundled data it is built from. Bump it whenever the
     * fields written by {@link #build}, the name keys ({@link NameNormalizer}) or the bundled
     * gazetteer files change: a service finding no {@code index-<version>} directory rebuilds it
     * from the bundled data on start (the old directory can then be deleted).
     */
    public static final int INDEX_VERSION = 1;

    static final String READY_MARKER = "READY";
    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String PLACE_ID_DV = "pid";
    private static final String KEY = "k0";
    private static final String VARIANT = "k1";
    private static final String NAME = "nm";
    private static final String POINT = "pt";
    private static final String POP_DV = "popdv";
    private static final String GEOMETRY = "geom";
    private static final String ATTRS = "attrs";

    /** Generic words after or before a region's name: "Kursk Oblast" is also found as "Kursk". */
    private static final Set<String> REGION_DESIGNATORS = Set.of("oblast", "oblast'", "region", "province",
            "krai", "kray", "republic", "governorate", "voivodeship", "prefecture", "state", "autonomous",
            "okrug", "municipality", "city", "of", "the", "district", "territory", "county", "misto",
            "respublika", "oblasti", "raion", "rayon", "department", "departement", "canton");

    private final FSDirectory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Map<Long, Place> places;
    private final Map<String, Place> admin1ByKey;
    private final Map<String, Place> countryByCode;

    private GazetteerIndex(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
        this.places = new HashMap<>(300_000);
        this.admin1ByKey = new HashMap<>();
        this.countryByCode = new HashMap<>();
        loadPlaces();
    }

    /** Directory of the index for the current {@link #INDEX_VERSION} under the data dir. */
    public static Path indexDir(Path dataDir) {
        return dataDir.resolve("geo").resolve("index-" + INDEX_VERSION);
    }

    public static boolean isBuilt(Path dataDir) {
        return Files.exists(indexDir(dataDir).resolve(READY_MARKER));
    }

    /** Opens the index, building it first from the bundled gazetteer if missing or incomplete. */
    public static GazetteerIndex openOrBuild(Path dataDir, String resourceFolder) throws IOException {
        if (!isBuilt(dataDir)) {
            build(dataDir, resourceFolder);
        }
        return new GazetteerIndex(indexDir(dataDir));
    }

    /**
     * Builds into a temporary sibling directory and renames it when complete, so a crash mid-build
     * never leaves a directory that looks usable.
     */
    public static synchronized int build(Path dataDir, String resourceFolder) throws IOException {
        Path target = indexDir(dataDir);
        Path temp = target.resolveSibling(target.getFileName() + ".building");
        deleteTree(temp);
        Files.createDirectories(temp);
        int[] count = {0};
        IndexWriterConfig config = new IndexWriterConfig();
        config.setRAMBufferSizeMB(64);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (FSDirectory dir = FSDirectory.open(temp); IndexWriter writer = new IndexWriter(dir, config)) {
            new BundledGazetteer(resourceFolder).read(place -> {
                try {
                    writer.addDocument(placeDocument(place));
                    for (Document d : nameDocuments(place)) {
                        writer.addDocument(d);
                    }
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            writer.forceMerge(1);
            writer.commit();
        }
        Files.writeString(temp.resolve(READY_MARKER), "index version " + INDEX_VERSION + ", " + count[0] + " places\n");
        deleteTree(target);
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        return count[0];
    }

    private static Document placeDocument(Place p) {
        Document d = new Document();
        d.add(new StringField(KIND, "place", Field.Store.NO));
        d.add(new StringField(ID, Long.toString(p.id()), Field.Store.NO));
        d.add(new NumericDocValuesField(PLACE_ID_DV, p.id()));
        d.add(new NumericDocValuesField(POP_DV, p.population()));
        d.add(new LatLonPoint(POINT, p.lat(), p.lon()));
        // Attributes in one stored field: one read per place when loading the table.
        d.add(new StoredField(ATTRS, String.join("\t", Long.toString(p.id()),
                p.geonameId() == null ? "" : Long.toString(p.geonameId()), p.name(), Double.toString(p.lat()),
                Double.toString(p.lon()), p.featureClass(), p.featureCode(), nz(p.countryCode()),
                nz(p.admin1Code()), nz(p.admin2Code()), Long.toString(p.population()))));
        if (p.geometryJson() != null) {
            d.add(new StoredField(GEOMETRY, p.geometryJson()));
        }
        return d;
    }

    private static List<Document> nameDocuments(Place p) {
        Map<String, String> byKey = new LinkedHashMap<>();
        Set<String> variants = new HashSet<>();
        List<String> all = new ArrayList<>();
        all.add(p.name());
        all.addAll(p.names());
        if ("A".equals(p.featureClass()) && !p.isCountry()) {
            List<String> stripped = new ArrayList<>();
            for (String n : all) {
                String s = stripDesignators(n);
                if (s != null) {
                    stripped.add(s);
                }
            }
            all.addAll(stripped);
        }
        List<Document> docs = new ArrayList<>();
        for (String name : all) {
            if (!isIndexableScript(name)) {
                continue;
            }
            String key = NameNormalizer.key(name);
            if (key.isEmpty() || byKey.containsKey(key)) {
                continue;
            }
            byKey.put(key, name);
            String variant = NameNormalizer.variantKey(key);
            Document d = new Document();
            d.add(new StringField(KIND, "name", Field.Store.NO));
            d.add(new NumericDocValuesField(PLACE_ID_DV, p.id()));
            d.add(new StringField(KEY, key, Field.Store.NO));
            if (variants.add(variant)) {
                d.add(new StringField(VARIANT, variant, Field.Store.NO));
            }
            d.add(new StoredField(NAME, name));
            docs.add(d);
        }
        return docs;
    }

    /** "Kursk Oblast" → "Kursk", "Oblast of X" → "X"; null when nothing generic was removed. */
    static String stripDesignators(String name) {
        String[] words = name.split("[\\s]+");
        int from = 0;
        int to = words.length;
        while (from < to && REGION_DESIGNATORS.contains(words[from].toLowerCase(java.util.Locale.ROOT))) {
            from++;
        }
        while (to > from && REGION_DESIGNATORS.contains(words[to - 1].toLowerCase(java.util.Locale.ROOT))) {
            to--;
        }
        if (from == to || (from == 0 && to == words.length)) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, from, to));
    }

    /**
     * Names are matched against English text, so only Latin, Cyrillic and Greek spellings are
     * indexed (Cyrillic through transliteration); the romanised forms of CJK, Arabic etc. that
     * GeoNames also lists are indexed through their Latin alternates instead.
     */
    private static boolean isIndexableScript(String name) {
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script != Character.UnicodeScript.LATIN && script != Character.UnicodeScript.CYRILLIC
                    && script != Character.UnicodeScript.GREEK) {
                return false;
            }
        }
        return true;
    }

    private void loadPlaces() throws IOException {
        StoredFields stored = reader.storedFields();
        for (LeafReaderContext leaf : reader.leaves()) {
            LeafReader r = leaf.reader();
            Terms kinds = r.terms(KIND);
            if (kinds == null) {
                continue;
            }
            TermsEnum te = kinds.iterator();
            if (!te.seekExact(new BytesRef("place"))) {
                continue;
            }
            var postings = te.postings(null);
            int doc;
            while ((doc = postings.nextDoc()) != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                Place p = parseAttrs(stored.document(leaf.docBase + doc, Set.of(ATTRS)).get(ATTRS));
                places.put(p.id(), p);
                if (p.isAdmin1()) {
                    admin1ByKey.put(p.countryCode() + "." + p.admin1Code(), p);
                } else if (p.isCountry()) {
                    countryByCode.put(p.countryCode(), p);
                }
            }
        }
    }

    private static Place parseAttrs(String attrs) {
        String[] f = attrs.split("\t", -1);
        return new Place(Long.parseLong(f[0]), f[1].isEmpty() ? null : Long.valueOf(f[1]), f[2],
                Double.parseDouble(f[3]), Double.parseDouble(f[4]), f[5], f[6], f[7], f[8], f[9],
                Long.parseLong(f[10]), List.of(), null);
    }

    public int size() {
        return places.size();
    }

    public Place place(long id) {
        return places.get(id);
    }

    public Place admin1(String countryCode, String admin1Code) {
        return admin1ByKey.get(countryCode + "." + admin1Code);
    }

    public Place country(String countryCode) {
        return countryByCode.get(countryCode);
    }

    public java.util.Collection<Place> countries() {
        return countryByCode.values();
    }

    /** The stored shape of a place as GeoJSON, or null when it is only a point. */
    public String geometryJson(long id) {
        try {
            TopDocs top = searcher.search(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(KIND, "place")), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(ID, Long.toString(id))), BooleanClause.Occur.FILTER)
                    .build(), 1);
            if (top.scoreDocs.length == 0) {
                return null;
            }
            Document d = reader.storedFields().document(top.scoreDocs[0].doc, Set.of(GEOMETRY));
            return d.get(GEOMETRY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** True when some name has this exact key; a cheap test for the toponym spotter. */
    public boolean hasKey(String key) {
        return termExists(KEY, key);
    }

    /** True when some name has this variant key. */
    public boolean hasVariant(String variantKey) {
        return termExists(VARIANT, variantKey);
    }

    private boolean termExists(String field, String value) {
        if (value.isEmpty()) {
            return false;
        }
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            return terms != null && terms.iterator().seekExact(new BytesRef(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Places under a name: exact-key matches and variant-key matches; when neither finds
     * anything and the name is long enough, fuzzy matches on the variant key.
     *
     * @param fuzzy allow the edit-distance fallback (names of 7+ letters only)
     * @param max   cap on name documents read
     */
    public List<NameHit> lookup(String name, boolean fuzzy, int max) {
        String key = NameNormalizer.key(name);
        if (key.isEmpty()) {
            return List.of();
        }
        String variant = NameNormalizer.variantKey(key);
        Map<Long, NameHit> best = new LinkedHashMap<>();
        try {
            collect(new TermQuery(new Term(KEY, key)), NameHit.Match.EXACT, max, best, variant);
            collect(new TermQuery(new Term(VARIANT, variant)), NameHit.Match.VARIANT, max, best, variant);
            int letters = key.replace(" ", "").length();
            if (best.isEmpty() && fuzzy && letters >= 7) {
                int edits = letters >= 10 ? 2 : 1;
                collect(new FuzzyQuery(new Term(VARIANT, variant), edits, 1, 64, true), NameHit.Match.FUZZY, max, best, variant);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(best.values());
    }

    private void collect(Query query, NameHit.Match match, int max, Map<Long, NameHit> best, String queryVariant)
            throws IOException {
        TopDocs top = searcher.search(query, max);
        StoredFields stored = reader.storedFields();
        for (ScoreDoc sd : top.scoreDocs) {
            long placeId = placeIdOf(sd.doc);
            if (best.containsKey(placeId)) {
                continue;
            }
            Place p = places.get(placeId);
            if (p == null) {
                continue;
            }
            String matched = stored.document(sd.doc, Set.of(NAME)).get(NAME);
            int edits = match == NameHit.Match.FUZZY
                    ? levenshtein(queryVariant, NameNormalizer.variantKey(NameNormalizer.key(matched))) : 0;
            best.put(placeId, new NameHit(p, matched, match, edits));
        }
    }

    private long placeIdOf(int doc) throws IOException {
        List<LeafReaderContext> leaves = reader.leaves();
        LeafReaderContext leaf = leaves.get(org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves));
        NumericDocValues dv = leaf.reader().getNumericDocValues(PLACE_ID_DV);
        int local = doc - leaf.docBase;
        return dv != null && dv.advanceExact(local) ? dv.longValue() : Long.MIN_VALUE;
    }

    /**
     * Places whose point lies in the box, most populous first (the OGC items listing).
     *
     * @return the page and the total number matched
     */
    public Page withinBox(double west, double south, double east, double north, int offset, int limit) {
        try {
            Query box = west <= east
                    ? LatLonPoint.newBoxQuery(POINT, south, north, west, east)
                    // A box across the antimeridian is two boxes.
                    : new BooleanQuery.Builder()
                    .add(LatLonPoint.newBoxQuery(POINT, south, north, west, 180), BooleanClause.Occur.SHOULD)
                    .add(LatLonPoint.newBoxQuery(POINT, south, north, -180, east), BooleanClause.Occur.SHOULD)
                    .build();
            return page(box, offset, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** All places, most populous first. */
    public Page all(int offset, int limit) {
        try {
            return page(new MatchAllDocsQuery(), offset, limit);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Page page(Query query, int offset, int limit) throws IOException {
        Query placesOnly = new BooleanQuery.Builder()
                .add(new TermQuery(new Term(KIND, "place")), BooleanClause.Occur.FILTER)
                .add(query, BooleanClause.Occur.FILTER)
                .build();
        int total = searcher.count(placesOnly);
        Sort sort = new Sort(new SortField(POP_DV, SortField.Type.LONG, true), new SortField(PLACE_ID_DV, SortField.Type.LONG));
        TopDocs top = searcher.search(placesOnly, Math.max(1, offset + limit), sort);
        List<Place> result = new ArrayList<>();
        for (int i = offset; i < top.scoreDocs.length && result.size() < limit; i++) {
            Place p = places.get(placeIdOf(top.scoreDocs[i].doc));
            if (p != null) {
                result.add(p);
            }
        }
        return new Page(result, total);
    }

    public record Page(List<Place> places, int numberMatched) {
    }

    static int levenshtein(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
