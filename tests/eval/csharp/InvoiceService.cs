using System.Data;
using Microsoft.Data.SqlClient;
using Microsoft.Extensions.Logging;

namespace Shop.Billing;

public sealed class InvoiceService
{
    private readonly string _connString;
    private readonly ILogger<InvoiceService> _log;

    public InvoiceService(IConfiguration config, ILogger<InvoiceService> log)
    {
        _connString = config.GetConnectionString("Billing")!;
        _log = log;
    }

    public async Task<decimal> TotalForCustomerAsync(string customerId, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand("SELECT SUM(Amount) FROM Invoices WHERE CustomerId = @id", conn);
        cmd.Parameters.Add("@id", SqlDbType.NVarChar, 64).Value = customerId;
        var result = await cmd.ExecuteScalarAsync(ct);
        return result is DBNull or null ? 0m : (decimal)result;
    }

    public async Task<int> VoidByReferenceAsync(string reference, CancellationToken ct)
    {
        await using var conn = new SqlConnection(_connString);
        await conn.OpenAsync(ct);
        // expect: csharp.sql-injection-ado-command
        await using var cmd = new SqlCommand($"UPDATE Invoices SET Status = 'void' WHERE Reference = '{reference}'", conn);
        return await cmd.ExecuteNonQueryAsync(ct);
    }

    public async Task<List<string>> ReferencesForMonthAsync(int year, int month, CancellationToken ct)
    {
        const string sql = "SELECT Reference FROM Invoices WHERE YEAR(IssuedAt) = @y AND MONTH(IssuedAt) = @m";
        await using var conn = new SqlConnection(_connString);
        await conn.OpenAsync(ct);
        await using var cmd = new SqlCommand(sql, conn);
        cmd.Parameters.AddWithValue("@y", year);
        cmd.Parameters.AddWithValue("@m", month);
        var refs = new List<string>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) refs.Add(reader.GetString(0));
        return refs;
    }

    public async Task ArchiveTableAsync(string suffix, CancellationToken ct)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(suffix, "^[0-9]{6}$"))
            throw new ArgumentException("suffix must be yyyyMM", nameof(suffix));
        await using var conn = new SqlConnection(_connString);
        await conn.OpenAsync(ct);
        await using var cmd = conn.CreateCommand();
        cmd.CommandText = "EXEC sp_rename 'Invoices_Staging', @name";
        cmd.Parameters.AddWithValue("@name", "Invoices_" + suffix);
        await cmd.ExecuteNonQueryAsync(ct);
        _log.LogInformation("Archived staging table with suffix {Suffix}", suffix);
    }
}
