package org.chronomap.events.extract;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.chronomap.events.extract.sentence.TextAnalyzer;
import org.chronomap.events.extract.time.TimeTagger;
import org.chronomap.events.place.GeoClient;

/** Wires the CDI-free {@link ArticlePipeline} to the application's analyzer and geo-service client. */
@ApplicationScoped
public class PipelineProducer {

    @Produces
    @Singleton
    ArticlePipeline pipeline(TextAnalyzer analyzer, GeoClient geo) {
        return new ArticlePipeline(analyzer, new TimeTagger(analyzer), geo::geoparse,
                id -> geo.geometry(id).map(Object::toString));
    }
}
