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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
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
    public static final int INDEX_VERSION = 6;

    static final String READY_MARKER = "READY";
    /** Place attributes, one TSV line each, beside the Lucene files (see {@link #loadPlaces}). */
    static final String PLACE_TABLE = "places.tsv";
    private static final String KIND = "kind";
    private static final String ID = "id";
    private static final String PLACE_ID_DV = "pid";
    private static final String KEY = "k0";
    private static final String VARIANT = "k1";
    /** The name as written, as doc values: read per hit without decompressing stored-field blocks. */
    private static final String NAME = "nm";
    private static final String POINT = "pt";
    private static final String POP_DV = "popdv";
    private static final String GEOMETRY = "geom";

    /**
     * Generic words around an admin-1 region's name: "Kursk Oblast" is also found as "Kursk".
     * Not done for admin-2 ("Ohio County" must not answer to "Ohio").
     */
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
    /** Place id of every document (global doc id → id), read once at open: hits need it per doc. */
    private final long[] placeIdByDoc;

    private GazetteerIndex(Path dir) throws IOException {
        this.directory = FSDirectory.open(dir);
        this.reader = DirectoryReader.open(directory);
        this.searcher = new IndexSearcher(reader);
        this.searcher.setQueryCache(null);
        this.places = new HashMap<>(300_000);
        this.admin1ByKey = new HashMap<>();
        this.countryByCode = new HashMap<>();
        this.placeIdByDoc = new long[reader.maxDoc()];
        for (LeafReaderContext leaf : reader.leaves()) {
            NumericDocValues dv = leaf.reader().getNumericDocValues(PLACE_ID_DV);
            if (dv == null) {
                continue;
            }
            int doc;
            while ((doc = dv.nextDoc()) != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
                placeIdByDoc[leaf.docBase + doc] = dv.longValue();
            }
        }
        loadPlaces(dir);
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
        return build(dataDir, sink -> new BundledGazetteer(resourceFolder).read(sink));
    }

    /** A stream of places: calls the sink once per place. */
    public interface PlaceSource {
        void read(java.util.function.Consumer<Place> sink) throws IOException;
    }

    /**
     * Builds the index from any place source (the bundled data, or a full GeoNames dump via the
     * importer). Memory stays flat: places are written as they arrive, the writer's buffer is
     * bounded.
     */
    public static synchronized int build(Path dataDir, PlaceSource source) throws IOException {
        Path target = indexDir(dataDir);
        Path temp = target.resolveSibling(target.getFileName() + ".building");
        deleteTree(temp);
        Files.createDirectories(temp);
        int[] count = {0};
        java.io.BufferedWriter table = Files.newBufferedWriter(temp.resolve(PLACE_TABLE), java.nio.charset.StandardCharsets.UTF_8);
        IndexWriterConfig config = new IndexWriterConfig();
        config.setRAMBufferSizeMB(64);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE);
        try (FSDirectory dir = FSDirectory.open(temp); IndexWriter writer = new IndexWriter(dir, config)) {
            source.read(place -> {
                try {
                    table.write(attrs(place));
                    table.write('\n');
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
        } finally {
            table.close();
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
        if (p.geometryJson() != null) {
            d.add(new StoredField(GEOMETRY, p.geometryJson()));
        }
        return d;
    }

    private static String attrs(Place p) {
        return String.join("\t", Long.toString(p.id()),
                p.geonameId() == null ? "" : Long.toString(p.geonameId()), p.name().replace('\t', ' '),
                Double.toString(p.lat()), Double.toString(p.lon()), p.featureClass(), p.featureCode(),
                nz(p.countryCode()), nz(p.admin1Code()), nz(p.admin2Code()), Long.toString(p.population()));
    }

    private static List<Document> nameDocuments(Place p) {
        Map<String, String> byKey = new LinkedHashMap<>();
        Set<String> variants = new HashSet<>();
        List<String> all = new ArrayList<>();
        all.add(p.name());
        all.addAll(p.names());
        for (String n : List.copyOf(all)) {
            // "Sakha (Yakutia)": each part is a name in its own right.
            int open = n.indexOf('(');
            int close = n.indexOf(')', open + 1);
            if (open > 0 && close > open) {
                all.add(n.substring(0, open).strip());
                all.add(n.substring(open + 1, close).strip());
            }
        }
        if (p.isAdmin1()) {
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
            d.add(new org.apache.lucene.document.BinaryDocValuesField(NAME, new BytesRef(name)));
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

    /**
     * Fills the in-memory table from the plain-text copy written beside the index: reading
     * 230k compressed stored documents took ~10 s on a busy 2-core machine, this takes ~1 s.
     */
    private void loadPlaces(Path dir) throws IOException {
        try (java.io.BufferedReader r = Files.newBufferedReader(dir.resolve(PLACE_TABLE), java.nio.charset.StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                Place p = parseAttrs(line);
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
            TermsEnum te = (KEY.equals(field) ? keyTerms : variantTerms).get();
            return te != null && te.seekExact(new BytesRef(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Terms enums are not thread-safe but costly to create: one per thread and field. */
    private final ThreadLocal<TermsEnum> keyTerms = ThreadLocal.withInitial(() -> termsEnum(KEY));
    private final ThreadLocal<TermsEnum> variantTerms = ThreadLocal.withInitial(() -> termsEnum(VARIANT));

    private TermsEnum termsEnum(String field) {
        try {
            Terms terms = MultiTerms.getTerms(reader, field);
            return terms == null ? null : terms.iterator();
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
            collect(termDocs(keyTerms.get(), key, max), NameHit.Match.EXACT, best, variant);
            collect(termDocs(variantTerms.get(), variant, max), NameHit.Match.VARIANT, best, variant);
            int letters = key.replace(" ", "").length();
            if (best.isEmpty() && fuzzy && letters >= 7) {
                int edits = letters >= 10 ? 2 : 1;
                // Prefix of 2 letters: misspellings rarely touch the start of a name, and it keeps
                // the automaton walk over ~1M variant terms to a small slice.
                collect(collectDocs(new FuzzyQuery(new Term(VARIANT, variant), edits, 2, 50, true), max), NameHit.Match.FUZZY,
                        best, variant);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new ArrayList<>(best.values());
    }

    /**
     * Up to {@code max} doc ids holding the term, ascending, read straight from its postings:
     * the geoparser asks for dozens of names per article, and a TermQuery through the searcher
     * (weight, scorer supplier, collector) cost several times the walk itself.
     */
    private static int[] termDocs(TermsEnum terms, String value, int max) throws IOException {
        if (terms == null || !terms.seekExact(new BytesRef(value))) {
            return new int[0];
        }
        org.apache.lucene.index.PostingsEnum postings = terms.postings(null, org.apache.lucene.index.PostingsEnum.NONE);
        int[] docs = new int[Math.min(max, Math.max(1, terms.docFreq()))];
        int size = 0;
        int doc;
        while (size < docs.length && (doc = postings.nextDoc()) != org.apache.lucene.search.DocIdSetIterator.NO_MORE_DOCS) {
            docs[size++] = doc;
        }
        return size == docs.length ? docs : java.util.Arrays.copyOf(docs, size);
    }

    private void collect(int[] docs, NameHit.Match match, Map<Long, NameHit> best, String queryVariant)
            throws IOException {
        // Name hits are ranked by our own scores, not Lucene's: doc ids come unscored.
        List<LeafReaderContext> leaves = reader.leaves();
        org.apache.lucene.index.BinaryDocValues names = null;
        int leafIndex = -1;
        for (int doc : docs) {
            long placeId = placeIdByDoc[doc];
            if (best.containsKey(placeId)) {
                continue;
            }
            Place p = places.get(placeId);
            if (p == null) {
                continue;
            }
            int li = org.apache.lucene.index.ReaderUtil.subIndex(doc, leaves);
            if (li != leafIndex) {
                leafIndex = li;
                names = leaves.get(li).reader().getBinaryDocValues(NAME);
            }
            String matched = names != null && names.advanceExact(doc - leaves.get(li).docBase)
                    ? names.binaryValue().utf8ToString() : p.name();
            int edits = match == NameHit.Match.FUZZY
                    ? levenshtein(queryVariant, NameNormalizer.variantKey(NameNormalizer.key(matched))) : 0;
            best.put(placeId, new NameHit(p, matched, match, edits));
        }
    }

    /** Up to {@code max} matching doc ids, ascending (doc values iterate forwards only). */
    private int[] collectDocs(Query query, int max) throws IOException {
        int[] buffer = new int[Math.min(max, 64)];
        int[] size = {0};
        int[][] holder = {buffer};
        searcher.search(query, new org.apache.lucene.search.SimpleCollector() {
            private int docBase;

            @Override
            protected void doSetNextReader(LeafReaderContext context) {
                docBase = context.docBase;
            }

            @Override
            public void collect(int doc) throws IOException {
                if (size[0] >= max) {
                    throw new org.apache.lucene.search.CollectionTerminatedException();
                }
                if (size[0] == holder[0].length) {
                    holder[0] = java.util.Arrays.copyOf(holder[0], Math.min(max, holder[0].length * 2));
                }
                holder[0][size[0]++] = docBase + doc;
            }

            @Override
            public org.apache.lucene.search.ScoreMode scoreMode() {
                return org.apache.lucene.search.ScoreMode.COMPLETE_NO_SCORES;
            }
        });
        return java.util.Arrays.copyOf(holder[0], size[0]);
    }

    private long placeIdOf(int doc) {
        return placeIdByDoc[doc];
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
