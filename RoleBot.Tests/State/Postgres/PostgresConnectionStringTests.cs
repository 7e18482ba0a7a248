using Microsoft.Extensions.Logging.Abstractions;
using RoleBot.State.Postgres;

namespace RoleBot.Tests.State.Postgres;

public class PostgresConnectionStringTests
{
    [Theory]
    [InlineData("Host=127.0.0.1;Port=not-a-port;Password=s3cret-value", "not-a-port")]
    [InlineData("Host=127.0.0.1;Pasword=s3cret-value", "Pasword=")]
    [InlineData("this is not a connection string s3cret-value", "this is not")]
    public void MalformedConnectionStringIsRejectedWithoutEchoingIt(string connectionString, string fragment)
    {
        var error = Assert.Throws<InvalidOperationException>(() => new PostgresStateDatabase(connectionString, PostgresTableName.Parse(PostgresTableName.Default), 2, NullLoggerFactory.Instance));

        Assert.StartsWith("The RoleBot state connection string is not valid", error.Message);
        Assert.DoesNotContain("s3cret-value", error.ToString());
        Assert.DoesNotContain(fragment, error.ToString());
    }
}
