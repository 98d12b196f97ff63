using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Rendering;
using Ganss.Xss;

namespace Shop.Web;

public static class ProfileRendering
{
    private static readonly HtmlSanitizer Sanitizer = new();
    private const string Badge = "<span class=\"badge\">Verified</span>";

    public static IHtmlContent Bio(IHtmlHelper html, string bioHtml)
    {
        // expect: csharp.html-raw-xss
        return html.Raw(bioHtml);
    }

    public static IHtmlContent SanitizedBio(IHtmlHelper html, string bioHtml) => html.Raw(Sanitizer.Sanitize(bioHtml));

    public static IHtmlContent VerifiedBadge(IHtmlHelper html) => html.Raw(Badge);

    public static MarkupString Signature(string signature)
    {
        // expect: csharp.html-raw-xss
        return new MarkupString(signature);
    }

    public static IHtmlContent Greeting(string name)
    {
        // expect: csharp.html-raw-xss
        return new HtmlString("<h2>Hello " + name + "</h2>");
    }

    public static void SetSessionCookie(HttpResponse response, string token)
    {
        response.Cookies.Append("session", token, new CookieOptions
        {
            HttpOnly = true,
            Secure = true,
            SameSite = SameSiteMode.Lax,
        });
    }

    public static void SetRememberCookie(HttpResponse response, string token)
    {
        response.Cookies.Append("remember", token, new CookieOptions
        {
            // expect: csharp.cookie-insecure-flags
            HttpOnly = false,
            Secure = true,
        });
    }

    public static void SetAuthCookie(HttpResponse response, string token)
    {
        // expect: csharp.cookie-insecure-flags
        response.Cookies.Append("auth", token, new CookieOptions { HttpOnly = true, Secure = false });
    }
}
