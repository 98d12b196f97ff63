"""Profile views for the community site."""
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from .models import Profile

STATIC_NOTICE = mark_safe("<p class='notice'>Profiles are public.</p>")


def profile(request, username):
    p = get_object_or_404(Profile, user__username=username)
    return render(request, "profile.html", {"profile": p, "notice": STATIC_NOTICE})


def profile_bio(request, username):
    p = get_object_or_404(Profile, user__username=username)
    # expect: python.unescaped-markup
    return HttpResponse(mark_safe(p.bio_html))


def profile_badge(request, username):
    return HttpResponse(format_html("<span class='badge'>{}</span>", username))


def search(request):
    q = request.GET.get("q", "")
    with connection.cursor() as cur:
        cur.execute("SELECT id, display_name FROM profiles WHERE display_name ILIKE %s", [f"%{q}%"])
        rows = cur.fetchall()
    return JsonResponse({"results": rows})


def leaderboard(request):
    order = request.GET.get("order", "score")
    with connection.cursor() as cur:
        # expect: python.sql-injection-string-format
        cur.execute("SELECT display_name, score FROM profiles ORDER BY " + order + " DESC LIMIT 20")
        rows = cur.fetchall()
    return JsonResponse({"rows": rows})


def by_ids(request):
    ids = [int(i) for i in request.GET.getlist("id")]
    return JsonResponse({"profiles": list(Profile.objects.filter(id__in=ids).values("id", "display_name"))})


def raw_lookup(request):
    city = request.GET["city"]
    # expect: python.sql-injection-string-format
    people = Profile.objects.raw(f"SELECT * FROM profiles WHERE city = '{city}'")
    return JsonResponse({"count": len(list(people))})
