using System.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace Shop.Controllers;

public class FilesController : Controller
{
    private const string Root = "/srv/shop/files";

    [HttpGet("/files/{id:guid}")]
    public IActionResult Get(Guid id) => PhysicalFile(Path.Combine(Root, id + ".bin"), "application/octet-stream");

    [HttpGet("/files/by-name")]
    public IActionResult ByName()
    {
        // expect: csharp.path-traversal-request
        var path = Path.Combine(Root, Request.Query["name"]);
        return PhysicalFile(path, "application/octet-stream");
    }

    [HttpGet("/files/safe")]
    public IActionResult SafeByName(string name)
    {
        var full = Path.GetFullPath(Path.Combine(Root, Path.GetFileName(name)));
        if (!full.StartsWith(Root + Path.DirectorySeparatorChar)) return BadRequest();
        return PhysicalFile(full, "application/octet-stream");
    }

    [HttpPost("/files/delete")]
    public IActionResult Delete()
    {
        // expect: csharp.path-traversal-request
        System.IO.File.Delete(Root + "/" + Request.Form["file"]);
        return NoContent();
    }

    [HttpGet("/account/login")]
    public IActionResult Login(string returnUrl)
    {
        if (Url.IsLocalUrl(returnUrl)) return Redirect(returnUrl);
        return RedirectToAction("Index", "Home");
    }

    [HttpGet("/account/logout")]
    public IActionResult Logout()
    {
        // expect: csharp.open-redirect
        return Redirect(Request.Query["returnUrl"]);
    }

    [HttpGet("/go")]
    public IActionResult Go(string url)
    {
        // expect: csharp.open-redirect
        return Redirect(url);
    }

    [HttpPost("/files/convert")]
    public IActionResult Convert(string name)
    {
        // expect: csharp.process-shell-injection
        Process.Start("/bin/bash", $"-c \"libreoffice --convert-to pdf {Root}/{name}\"");
        return Accepted();
    }

    [HttpPost("/files/zip")]
    public IActionResult Zip(string folder)
    {
        var psi = new ProcessStartInfo
        {
            FileName = "cmd.exe",
            // expect: csharp.process-shell-injection
            Arguments = "/c tar -a -c -f out.zip " + folder,
            UseShellExecute = false,
        };
        Process.Start(psi);
        return Accepted();
    }

    [HttpPost("/files/thumbnail")]
    public IActionResult Thumbnail(Guid id)
    {
        var psi = new ProcessStartInfo("convert") { UseShellExecute = false };
        psi.ArgumentList.Add(Path.Combine(Root, id + ".png"));
        psi.ArgumentList.Add(Path.Combine(Root, id + ".thumb.png"));
        Process.Start(psi);
        return Accepted();
    }
}
