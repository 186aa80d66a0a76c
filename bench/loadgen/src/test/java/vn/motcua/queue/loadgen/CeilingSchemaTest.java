package vn.motcua.queue.loadgen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CeilingSchemaTest {

    @Test
    void migrationIsSplitIntoStatementsWithoutComments() {
        String script = """
                -- header comment
                CREATE TABLE a (
                    id BIGINT PRIMARY KEY, -- why
                    name VARCHAR(10)
                );
                CREATE INDEX ix_a ON a (name);
                """;

        assertThat(CeilingSchema.statements(script)).containsExactly(
                "CREATE TABLE a (\n    id BIGINT PRIMARY KEY, \n    name VARCHAR(10)\n)",
                "CREATE INDEX ix_a ON a (name)");
    }
}
