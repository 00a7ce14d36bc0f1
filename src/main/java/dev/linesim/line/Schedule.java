package dev.linesim.line;

import dev.linesim.scenario.MaintenanceWindow;
import dev.linesim.scenario.OperatingCalendar;
import dev.linesim.sim.EventCounter;
import dev.linesim.sim.EventTally;
import dev.linesim.time.Hours;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import umontreal.ssj.simevents.Simulator;

/**
 * The planned events of one replication, up to its horizon: off-shift hours and maintenance windows, crew shifts, a
 * conversion's outages and feed stop, the runaway watch's checkpoints, and any action after a delay. Among events at
 * the same instant, work goes first (SSJ's default priority 1), then calendar changes, then the warm-up reset, then
 * the end.
 */
final class Schedule {
    static final double PRIORITY_CALENDAR = 2;
    static final double PRIORITY_WARMUP = 3;
    static final double PRIORITY_END = 4;

    private final Simulator sim;
    private final EventTally events;
    private final double horizon;

    Schedule(Simulator sim, EventTally events, double horizon) {
        this.sim = sim;
        this.events = events;
        this.horizon = horizon;
    }

    /**
     * Runs {@code action} after {@code delay} simulated hours. Among events at the same instant, lower
     * {@code priority} goes first: work finishing at 16:00 completes before a shift ending at 16:00.
     */
    void after(double delay, double priority, Runnable action) {
        EventCounter event = new EventCounter(sim, events) {
            @Override
            protected void fire() {
                action.run();
            }
        };
        event.setPriority(priority);
        event.schedule(delay);
    }

    /** The runaway watch looks at the buffers every {@code every} hours. */
    void checkpoints(RunawayWatch watch, double every) {
        after(every, PRIORITY_WARMUP, () -> {
            watch.checkpoint(sim.time());
            if (sim.time() + every < horizon) {
                checkpoints(watch, every);
            }
        });
    }

    /** Off-shift hours and maintenance windows stop the stations they concern, again and again. */
    void calendar(OperatingCalendar calendar, Collection<Station> stations) {
        List<MaintenanceWindow> windows = new ArrayList<>(calendar.maintenance());
        if (calendar.hoursPerDay() < Hours.PER_DAY) {
            windows.add(new MaintenanceWindow(calendar.hoursPerDay(), Hours.PER_DAY - calendar.hoursPerDay(), Hours.PER_DAY,
                    List.of()));
        }
        for (MaintenanceWindow w : windows) {
            List<Station> affected = new ArrayList<>();
            for (Station s : stations) {
                boolean listed = w.stations().isEmpty() ? s.spec.followsCalendar() : w.stations().contains(s.spec.id());
                if (listed) {
                    affected.add(s);
                }
            }
            if (w.start() < horizon) {
                window(w, affected, w.start());
            }
        }
    }

    /** Crews whose size changes by shift get the change every day at each shift's start. */
    void shifts(Collection<Crew> crews) {
        for (Crew crew : crews) {
            for (var shift : crew.spec.shifts()) {
                if (shift.start() > 0 && shift.start() < horizon) {
                    shift(crew, shift.size(), shift.start());
                }
            }
            if (crew.spec.shifts().size() > 1 && Hours.PER_DAY < horizon) { // the day's first shift, from tomorrow on
                shift(crew, crew.spec.shifts().get(0).size(), Hours.PER_DAY);
            }
        }
    }

    private void shift(Crew crew, int size, double delay) {
        after(delay, PRIORITY_CALENDAR, () -> {
            crew.shift(size);
            if (sim.time() + Hours.PER_DAY < horizon) {
                shift(crew, size, Hours.PER_DAY);
            }
        });
    }

    /** Schedules a window {@code delay} hours from now; it reschedules itself every {@code w.every()} hours. */
    private void window(MaintenanceWindow w, List<Station> affected, double delay) {
        boolean named = !w.stations().isEmpty();
        after(delay, PRIORITY_CALENDAR, () -> {
            affected.forEach(s -> s.planned(true, named));
            after(w.duration(), PRIORITY_CALENDAR, () -> affected.forEach(s -> s.planned(false, named)));
            if (w.every() > 0 && sim.time() + w.every() < horizon) {
                window(w, affected, w.every());
            }
        });
    }

    /** A conversion's outages and feed stop, and the ramps its stations follow. */
    void timeline(Timeline timeline, Map<String, Station> stations) {
        for (Timeline.Outage o : timeline.outages()) {
            Station s = stations.get(o.station());
            if (s != null && o.start() < horizon) {
                after(Math.max(0, o.start()), PRIORITY_CALENDAR, () -> {
                    s.planned(true, true);
                    after(o.duration(), PRIORITY_CALENDAR, () -> s.planned(false, true));
                });
            }
        }
        if (timeline.feedStop() < horizon) {
            after(timeline.feedStop(), PRIORITY_CALENDAR, () -> stations.values().stream()
                    .filter(s -> s.spec.isSource()).forEach(s -> s.planned(true, true)));
        }
        timeline.ramps().forEach((id, ramp) -> {
            Station s = stations.get(id);
            if (s != null) {
                s.ramp(ramp);
            }
        });
    }
}
