/**
 * Frozen copy of the wait estimator and the calling policies as they were before the estimator's fast
 * paths (commit 14e85f7), renamed {@code Ref*}: the oracle of {@code WaitEstimatorEquivalenceTest}.
 * Do not "improve" these classes: their whole value is that they are the straightforward original.
 */
package vn.motcua.queue.core.estimate.reference;
