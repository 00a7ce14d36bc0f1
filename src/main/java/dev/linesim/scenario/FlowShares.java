package dev.linesim.scenario;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How many cells each station sees for every cell a plain pass of the line would bring it: 1 on a line where all
 * cells go one way; a share on a split branch; the caught share of defective cells at a rework station; more than 1
 * at an inspection that also tests reworked cells. Scrap is left out (capacity checks apply yields of their own), so a
 * line without splits, inspections or rework gives 1 everywhere.
 *
 * <p>Cells are followed as two streams, sound and defective, from 1 cell at every station fed from raw material (an
 * assembly station counts its first-listed input, as the line does; a merge, all of its inputs), and the flow equations are solved by
 * iterating to their fixed point; a rework loop returns a share less than 1 per pass, so they converge.
 */
public final class FlowShares {
    private static final int MAX_ROUNDS = 100_000;
    private static final double CONVERGED = 1e-13;

    private FlowShares() {
    }

    /** Cells arriving at each station per cell of a plain pass, by station id in file order. */
    public static Map<String, Double> of(Scenario line) {
        List<StationSpec> stations = line.stations();
        Map<String, double[]> arriving = new HashMap<>();
        for (int round = 0; round < MAX_ROUNDS; round++) {
            Map<String, double[]> next = new HashMap<>();
            for (StationSpec s : stations) {
                if (s.isSource()) {
                    add(next, s.id(), 1, 0);
                }
            }
            for (StationSpec s : stations) {
                send(line, s, arriving.getOrDefault(s.id(), new double[2]), next);
            }
            boolean same = next.keySet().equals(arriving.keySet());
            for (Map.Entry<String, double[]> e : next.entrySet()) {
                double[] before = arriving.get(e.getKey());
                same &= before != null && Math.abs(before[0] - e.getValue()[0]) < CONVERGED
                        && Math.abs(before[1] - e.getValue()[1]) < CONVERGED;
            }
            arriving = next;
            if (same) {
                break;
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        for (StationSpec s : stations) {
            double[] a = arriving.getOrDefault(s.id(), new double[2]);
            shares.put(s.id(), a[0] + a[1]);
        }
        return shares;
    }

    /** Passes what arrives at {@code s} (sound, defective) on to where it goes. */
    private static void send(Scenario line, StationSpec s, double[] in, Map<String, double[]> next) {
        double sound = in[0];
        double defective = in[1];
        Flow flow = s.flow();
        if (flow.returnsTo().isPresent()) {
            add(next, flow.returnsTo().get(), sound + defective, 0); // repaired
            return;
        }
        double made = sound * flow.defects();
        sound -= made;
        defective += made;
        Optional<String> caughtTo = Optional.empty();
        if (s.kind() instanceof StationKind.Inspection inspection) {
            double caught = defective * inspection.detection();
            defective -= caught;
            caughtTo = inspection.caughtTo();
            caughtTo.ifPresent(to -> add(next, to, 0, caught));
        } else if (s.kind() instanceof StationKind.Grading g) {
            double good = sound + defective - defective * g.detection();
            double soundShare = good > 0 ? sound / good : 0;
            for (StationKind.Grade grade : g.grades()) { // grades sent on; the others leave the line
                grade.to().ifPresent(to -> add(next, to, good * grade.share() * soundShare,
                        good * grade.share() * (1 - soundShare)));
            }
            return;
        }
        for (StationSpec t : line.stations()) {
            boolean takes = t.flow().merge() ? t.from().contains(s.id()) : !t.from().isEmpty() && t.from().get(0).equals(s.id());
            if (!takes || caughtTo.equals(Optional.of(t.id()))) {
                continue;
            }
            double share = flow.split().getOrDefault(t.id(), flow.split().isEmpty() ? 1.0 : 0.0);
            add(next, t.id(), sound * share, defective * share);
        }
    }

    private static void add(Map<String, double[]> flows, String id, double sound, double defective) {
        double[] f = flows.computeIfAbsent(id, k -> new double[2]);
        f[0] += sound;
        f[1] += defective;
    }
}
