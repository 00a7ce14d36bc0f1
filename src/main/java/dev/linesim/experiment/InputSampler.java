package dev.linesim.experiment;

import dev.linesim.scenario.input.UncertainInputs;
import dev.linesim.sim.StreamBank;
import umontreal.ssj.probdist.BetaDist;
import umontreal.ssj.probdist.LognormalDist;
import umontreal.ssj.probdist.TriangularDist;
import umontreal.ssj.probdist.UniformDist;
import umontreal.ssj.rng.RandomStream;
import java.util.List;

/**
 * Draws of uncertain inputs for a Monte Carlo study, by inversion with SSJ's distributions, from a stream of their own:
 * draw {@code d} uses substream {@code d} of the {@code monte-carlo/inputs} stream, so the draws do not depend on the
 * threads, nor on the line's own random numbers. PERT(min, mode, max) is the Beta(1 + 4 (mode - min) / (max - min),
 * 1 + 4 (max - mode) / (max - min)) scaled to [min, max].
 */
public final class InputSampler implements UncertainInputs.Sampler {
    static final String STREAM = "monte-carlo/inputs";
    private final StreamBank bank;

    public InputSampler(long seed) {
        this.bank = new StreamBank(seed, List.of(STREAM));
    }

    /** The uniform numbers of draw {@code d}, one per input in order. */
    public double[] uniforms(int d, int inputs) {
        RandomStream s = bank.forReplication(d).get(STREAM);
        double[] u = new double[inputs];
        for (int i = 0; i < inputs; i++) {
            u[i] = s.nextDouble();
        }
        return u;
    }

    @Override
    public double inverse(UncertainInputs.Input in, double u) {
        return switch (in.kind()) {
            case UNIFORM -> new UniformDist(in.a(), in.b()).inverseF(u);
            case TRIANGULAR -> new TriangularDist(in.a(), in.b(), in.mode()).inverseF(u);
            case PERT -> {
                double range = in.b() - in.a();
                double alpha = 1 + 4 * (in.mode() - in.a()) / range;
                double beta = 1 + 4 * (in.b() - in.mode()) / range;
                yield in.a() + range * new BetaDist(alpha, beta).inverseF(u);
            }
            case LOGNORMAL -> {
                double sigma2 = Math.log(1 + in.b() * in.b());
                yield new LognormalDist(Math.log(in.a()) - sigma2 / 2, Math.sqrt(sigma2)).inverseF(u);
            }
            case CASES -> throw new IllegalArgumentException("cases are drawn by weight, not by inversion");
        };
    }
}
