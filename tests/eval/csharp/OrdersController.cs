using Dapper;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Data.SqlClient;
using Microsoft.EntityFrameworkCore;
using Shop.Data;

namespace Shop.Controllers;

[ApiController]
[Route("api/orders")]
public class OrdersController : ControllerBase
{
    private readonly ShopDbContext _db;
    private readonly string _connString;

    public OrdersController(ShopDbContext db, IConfiguration config)
    {
        _db = db;
        _connString = config.GetConnectionString("Shop")!;
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Get(int id)
    {
        var order = await _db.Orders.FindAsync(id);
        return order is null ? NotFound() : Ok(order);
    }

    [HttpGet("by-customer")]
    public async Task<IActionResult> ByCustomer(string email)
    {
        await using var conn = new SqlConnection(_connString);
        var rows = await conn.QueryAsync<OrderDto>("SELECT Id, Total FROM Orders WHERE CustomerEmail = @email", new { email });
        return Ok(rows);
    }

    [HttpGet("search")]
    public async Task<IActionResult> Search(string term)
    {
        await using var conn = new SqlConnection(_connString);
        // expect: csharp.dapper-sql-injection
        var rows = await conn.QueryAsync<OrderDto>($"SELECT Id, Total FROM Orders WHERE Notes LIKE '%{term}%'");
        return Ok(rows);
    }

    [HttpGet("region/{region}")]
    public IActionResult ByRegion(string region)
    {
        // expect: csharp.ef-raw-sql-injection
        var orders = _db.Orders.FromSqlRaw($"SELECT * FROM Orders WHERE Region = '{region}'").ToList();
        return Ok(orders);
    }

    [HttpGet("status/{status}")]
    public IActionResult ByStatus(string status)
    {
        var orders = _db.Orders.FromSqlInterpolated($"SELECT * FROM Orders WHERE Status = {status}").ToList();
        return Ok(orders);
    }

    [HttpDelete("{id}")]
    public async Task<IActionResult> Delete(string id)
    {
        await using var conn = new SqlConnection(_connString);
        await conn.OpenAsync();
        // expect: csharp.sql-injection-ado-command
        using var cmd = new SqlCommand("DELETE FROM Orders WHERE Id = " + id, conn);
        await cmd.ExecuteNonQueryAsync();
        return NoContent();
    }

    [HttpPost("{id:int}/note")]
    public async Task<IActionResult> AddNote(int id, [FromBody] string note)
    {
        await using var conn = new SqlConnection(_connString);
        await conn.OpenAsync();
        using var cmd = conn.CreateCommand();
        cmd.CommandText = "UPDATE Orders SET Notes = @note WHERE Id = @id";
        cmd.Parameters.AddWithValue("@note", note);
        cmd.Parameters.AddWithValue("@id", id);
        await cmd.ExecuteNonQueryAsync();
        return NoContent();
    }

    [HttpPost("archive")]
    public async Task<IActionResult> Archive(string before)
    {
        await using var conn = new SqlConnection(_connString);
        await conn.OpenAsync();
        using var cmd = conn.CreateCommand();
        // expect: csharp.sql-injection-ado-command
        cmd.CommandText = string.Format("UPDATE Orders SET Archived = 1 WHERE CreatedAt < '{0}'", before);
        await cmd.ExecuteNonQueryAsync();
        return NoContent();
    }

    [HttpGet("count")]
    public async Task<IActionResult> Count(string status)
    {
        // expect: csharp.ef-raw-sql-injection
        var n = await _db.Database.ExecuteSqlRawAsync("UPDATE Stats SET Hits = Hits + 1 WHERE Status = '" + status + "'");
        return Ok(n);
    }
}
