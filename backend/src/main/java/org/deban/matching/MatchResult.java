package org.deban.matching;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import java.util.Map;

/**
 * Proposals in the list shape of the API, plus — when fewer than three offers fit — how many would fit if each hard
 * constraint alone were relaxed ("日曜以外も可なら 3 件").
 */
@Serdeable
public record MatchResult(List<Proposal> items, long total, int page, int size, List<Relaxation> relaxations) {

    @Serdeable
    public record Relaxation(String code, int count, Map<String, Object> params, String text) {}
}
