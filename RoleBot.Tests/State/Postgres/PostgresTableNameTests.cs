using RoleBot.State.Postgres;
using RoleBot.Tests.State.Postgres.TestData;

namespace RoleBot.Tests.State.Postgres;

public class PostgresTableNameTests
{
    public static TheoryData<string> Cases => TableNameCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void AcceptsOnlySafeLowerCaseIdentifiers(string name)
    {
        var testCase = TableNameCase.Get(name);

        if (testCase.Quoted is null)
        {
            var error = Assert.Throws<ArgumentException>(() => PostgresTableName.Parse(name));
            Assert.Contains("RoleBot:State:Table", error.Message);
        }
        else
        {
            Assert.Equal(testCase.Quoted, PostgresTableName.Parse(name).Quoted);
        }
    }

    [Fact]
    public void IndexNameStaysWithinPostgresIdentifierLimit()
    {
        var table = PostgresTableName.Parse("rolebot." + new string('a', 63));

        Assert.Equal(63, table.IndexName.Length);
        Assert.Equal($"\"rolebot\".\"{table.IndexName}\"", table.QuotedIndex);
    }
}
