package dev.linesim.line;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import umontreal.ssj.probdist.BinomialDist;

/** The scrap table answers exactly as SSJ's binomial inverse: at random points and on both sides of every step. */
class BinomialInverseTest {
    @Test
    void answersAsSsjEverywhere() {
        SplittableRandom random = new SplittableRandom(7);
        int[] sizes = {1, 2, 32, 60, 546, 2500};
        double[] shares = {0.0005, 0.005, 0.02, 0.03, 0.2, 0.5};
        for (int n : sizes) {
            for (double p : shares) {
                BinomialInverse table = new BinomialInverse(n, p);
                for (int i = 0; i < BinomialInverse.WORTH_A_TABLE; i++) {
                    table.inverse(random.nextDouble()); // past the draws answered by SSJ itself
                }
                for (int i = 0; i < 20_000; i++) {
                    double u = random.nextDouble();
                    assertEquals(BinomialDist.inverseF(n, p, u), table.inverse(u), "n " + n + ", p " + p + ", u " + u);
                }
                BinomialDist d = new BinomialDist(n, p);
                for (int k = 0; k < Math.min(n, 40); k++) { // at each step of the CDF and one double either side
                    double c = d.cdf(k);
                    for (double u : new double[] {Math.nextDown(c), c, Math.nextUp(c)}) {
                        if (u >= 0 && u <= 1) {
                            assertEquals(BinomialDist.inverseF(n, p, u), table.inverse(u), "n " + n + ", p " + p + ", u " + u);
                        }
                    }
                }
                assertEquals(BinomialDist.inverseF(n, p, 0.0), table.inverse(0.0));
                assertEquals(BinomialDist.inverseF(n, p, 1.0), table.inverse(1.0));
            }
        }
    }
}
