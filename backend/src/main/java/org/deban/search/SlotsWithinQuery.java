package org.deban.search;

import java.io.IOException;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;

/**
 * Documents with an occurrence wholly inside one of some windows of the week, checked on the {@link SearchFields#SLOT}
 * doc values of each document another clause leads to. The same answer as {@code IntRange.newWithinQuery} on the
 * slot points, which reads every document of the country with a slot in the window to build its set: when a small
 * circle leads (matching near a person's home, a search within a few km), checking its documents is much cheaper.
 */
final class SlotsWithinQuery extends Query {
    /** Weekdays in the order of the minutes of the week (Monday 00:00 = 0). */
    static final List<String> WEEKDAYS = List.of("MON", "TUE", "WED", "THU", "FRI", "SAT", "SUN");

    private final int[] from;
    private final int[] to;

    /** Windows as minutes of the week, {@code from[i]}–{@code to[i]}. */
    SlotsWithinQuery(int[] from, int[] to) {
        if (from.length != to.length) throw new IllegalArgumentException("a window needs a start and an end");
        this.from = from.clone();
        this.to = to.clone();
    }

    /** The minute of the week of a time on a weekday ({@code "THU"}); {@link LocalTime#MAX} stands for 24:00. */
    static int minuteOfWeek(String weekday, LocalTime time) {
        int minute =
                time.equals(LocalTime.MAX) ? SearchDocument.MINUTES_PER_DAY : time.getHour() * 60 + time.getMinute();
        return WEEKDAYS.indexOf(weekday) * SearchDocument.MINUTES_PER_DAY + minute;
    }

    /**
     * The same windows answered from the slot points: every document of the country with a slot in one of them. The
     * cheaper way when no small clause leads.
     */
    static Query onPoints(int[] from, int[] to) {
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (int w = 0; w < from.length; w++) {
            any.add(IntRange.newWithinQuery(SearchFields.SLOT, new int[] {from[w]}, new int[] {to[w]}), Occur.SHOULD);
        }
        return any.build();
    }

    /** A slot's doc value: its start and end in minutes of the week. */
    static long encode(int start, int end) {
        return ((long) start << 16) | end;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
        return new ConstantScoreWeight(this, boost) {
            @Override
            public ScorerSupplier scorerSupplier(LeafReaderContext context) throws IOException {
                SortedNumericDocValues slots = DocValues.getSortedNumeric(context.reader(), SearchFields.SLOT);
                TwoPhaseIterator within = new TwoPhaseIterator(slots) {
                    @Override
                    public boolean matches() throws IOException {
                        for (int i = 0, n = slots.docValueCount(); i < n; i++) {
                            long slot = slots.nextValue();
                            int start = (int) (slot >>> 16);
                            int end = (int) (slot & 0xFFFF);
                            for (int w = 0; w < from.length; w++) {
                                if (start >= from[w] && end <= to[w]) return true;
                            }
                        }
                        return false;
                    }

                    @Override
                    public float matchCost() {
                        return 8f * from.length;
                    }
                };
                return new DefaultScorerSupplier(new ConstantScoreScorer(score(), scoreMode, within));
            }

            @Override
            public boolean isCacheable(LeafReaderContext context) {
                return DocValues.isCacheable(context, SearchFields.SLOT);
            }
        };
    }

    @Override
    public void visit(QueryVisitor visitor) {
        if (visitor.acceptField(SearchFields.SLOT)) visitor.visitLeaf(this);
    }

    @Override
    public String toString(String field) {
        StringBuilder s = new StringBuilder("SlotsWithin(");
        for (int w = 0; w < from.length; w++)
            s.append(w == 0 ? "" : " ").append(from[w]).append('-').append(to[w]);
        return s.append(')').toString();
    }

    @Override
    public boolean equals(Object other) {
        return sameClassAs(other)
                && Arrays.equals(from, ((SlotsWithinQuery) other).from)
                && Arrays.equals(to, ((SlotsWithinQuery) other).to);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * classHash() + Arrays.hashCode(from)) + Arrays.hashCode(to);
    }
}
