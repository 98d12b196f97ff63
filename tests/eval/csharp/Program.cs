using System.Text;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;

var builder = WebApplication.CreateBuilder(args);

builder.Services.AddControllers();
builder.Services.AddCors(options =>
{
    options.AddPolicy("spa", p => p.WithOrigins("https://app.shop.example").AllowCredentials().AllowAnyHeader().AllowAnyMethod());
    // expect: csharp.aspnet-cors-any-origin-credentials
    options.AddPolicy("partners", p => p.SetIsOriginAllowed(_ => true).AllowCredentials().AllowAnyHeader());
    options.AddPolicy("public", p => p.AllowAnyOrigin().AllowAnyMethod());
});

builder.Services
    .AddAuthentication(JwtBearerDefaults.AuthenticationScheme)
    .AddJwtBearer(options =>
    {
        options.Authority = builder.Configuration["Auth:Authority"];
        options.Audience = builder.Configuration["Auth:Audience"];
        // expect: csharp.jwt-require-https-metadata-disabled
        options.RequireHttpsMetadata = false;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateIssuer = true,
            // expect: csharp.jwt-token-validation-disabled
            ValidateAudience = false,
            // expect: csharp.jwt-token-validation-disabled
            ValidateLifetime = false,
            ValidateIssuerSigningKey = true,
            IssuerSigningKey = new SymmetricSecurityKey(Encoding.UTF8.GetBytes(builder.Configuration["Auth:SigningKey"]!)),
        };
    });

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseDeveloperExceptionPage();
    app.UseSwagger();
    app.UseSwaggerUI();
}
else
{
    app.UseExceptionHandler("/error");
    app.UseHsts();
}

// expect: csharp.aspnet-developer-exception-page
app.UseDeveloperExceptionPage();

app.UseHttpsRedirection();
app.UseCors("spa");
app.UseAuthentication();
app.UseAuthorization();
app.MapControllers();
app.Run();
