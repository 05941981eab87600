package dev.polyglot.cli;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceAssignment;
import com.tngtech.archunit.library.dependencies.SliceIdentifier;

/** The layering of the modules, checked on the compiled classes of every module on the cli's class path. */
@AnalyzeClasses(packages = "dev.polyglot", importOptions = {ImportOption.DoNotIncludeTests.class, ArchitectureTest.NoTestJars.class})
class ArchitectureTest {
    private static final String OURS = "dev.polyglot..";

    /** Leaves out the benchmarks' test jar, which the reactor puts on the class path as a jar (DoNotIncludeTests sees only test-classes). */
    static final class NoTestJars implements ImportOption {
        @Override public boolean includes(com.tngtech.archunit.core.importer.Location location) { return !location.contains("-tests.jar"); }
    }

    @ArchTest
    static final ArchRule workloadsDependsOnNothingOfOurs = classes()
            .that().resideInAPackage("dev.polyglot.workloads..")
            .should().onlyDependOnClassesThat(resideInAPackage("dev.polyglot.workloads..").or(resideOutsideOfPackage(OURS)))
            .because("the workloads format is the contract every module reads; it must not pull any of them in");

    @ArchTest
    static final ArchRule advisorDependsOnlyOnWorkloads = classes()
            .that().resideInAPackage("dev.polyglot.advisor..")
            .should().onlyDependOnClassesThat(
                    resideInAnyPackage("dev.polyglot.advisor..", "dev.polyglot.workloads..").or(resideOutsideOfPackage(OURS)))
            .because("advice is a pure function of the workloads; check, bench and cli build on it, not the reverse");

    @ArchTest
    static final ArchRule checkDependsNeitherOnCliNorOnBench = noClasses()
            .that().resideInAPackage("dev.polyglot.check..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.polyglot.cli..", "dev.polyglot.bench..")
            .allowEmptyShould(true)
            .because("ADR checking is a library the command line calls; it needs advice, not benchmarks or the CLI");

    @ArchTest
    static final ArchRule benchDependsNeitherOnCliNorOnCheck = noClasses()
            .that().resideInAPackage("dev.polyglot.bench..")
            .should().dependOnClassesThat().resideInAnyPackage("dev.polyglot.cli..", "dev.polyglot.check..")
            .allowEmptyShould(true)
            .because("benchmarks measure engines for workloads; they must not reach into the CLI or the ADR checker");

    @ArchTest
    static final ArchRule nothingDependsOnCli = noClasses()
            .that().resideOutsideOfPackage("dev.polyglot.cli..")
            .should().dependOnClassesThat().resideInAPackage("dev.polyglot.cli..")
            .because("the command line is the outermost layer: it wires the modules together and nothing builds on it");

    /** Each package of the bench, its root included, as one slice. */
    private static final SliceAssignment BENCH_PACKAGES = new SliceAssignment() {
        @Override public SliceIdentifier getIdentifierOf(JavaClass c) {
            return c.getPackageName().startsWith("dev.polyglot.bench") ? SliceIdentifier.of(c.getPackageName()) : SliceIdentifier.ignore();
        }

        @Override public String getDescription() { return "the packages of dev.polyglot.bench"; }
    };

    @ArchTest
    static final ArchRule benchPackagesAreFreeOfCycles = slices().assignedFrom(BENCH_PACKAGES).should().beFreeOfCycles()
            .because("engine packages build on the shared types (engine, driver, profile) and only dev.polyglot.bench.Engines lists them;"
                    + " a cycle means adding an engine touches shared code again");
}
