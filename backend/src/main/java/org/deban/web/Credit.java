package org.deban.web;

import io.micronaut.serde.annotation.Serdeable;

/** A data source Deban ships or shows, with the credit its licence requires (出典). */
@Serdeable
public record Credit(String name, String credit, String licence, String url) {}
