package org.deban.demo;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** On start-up with {@code deban.demo.enabled}, loads the demo city once per database. */
@Singleton
@Requires(property = "deban.demo.enabled", value = "true")
class DemoDataLoader {
    private static final Logger LOG = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoData demo;

    DemoDataLoader(DemoData demo) {
        this.demo = demo;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        DemoData.Result result = demo.loadOnce();
        if (result.loaded()) {
            LOG.info(
                    "demo data of 稲沢市 loaded: {} organisations, {} places, {} offers",
                    result.organizations(),
                    result.places(),
                    result.offers());
        } else {
            LOG.info("demo data already loaded; nothing to do");
        }
    }
}
