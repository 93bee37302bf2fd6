-- Portable SQL (H2 2.x and PostgreSQL 15). Adds what extraction, merging and the geo-service retry need.

-- Normalised content lemmas of the first report, space-separated: what merging compares across articles.
ALTER TABLE event ADD COLUMN signature VARCHAR(4000);
-- GeoNames id of the location, so "same place" is an indexed equality before any distance is computed.
ALTER TABLE event ADD COLUMN location_geoname_id BIGINT;
CREATE INDEX event_category_dates ON event (category, date_start, date_end);

-- Figures a source gives ("at least 18 firefighters injured"), one per line: conflicting counts stay side by side.
ALTER TABLE event_source ADD COLUMN figures VARCHAR(4000);

-- Where a place was mentioned (code point offsets into article.text, end exclusive), so a pending place
-- can be resolved later without losing its surface.
ALTER TABLE event_place ADD COLUMN article_id VARCHAR(32);
ALTER TABLE event_place ADD COLUMN start_offset INTEGER;
ALTER TABLE event_place ADD COLUMN end_offset INTEGER;
CREATE INDEX event_place_resolution ON event_place (resolution);

-- TRUE while the geo-service has not yet geoparsed this article; the scheduled retry clears it.
ALTER TABLE article ADD COLUMN places_pending BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX article_places_pending ON article (places_pending);
