using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using PcfCert.Certification.Access;
using PcfCert.Infrastructure.Identity;

namespace PcfCert.Web.Hosting;

/// <summary>
/// The first administrator of an installation without the demo: created at start-up from <c>Admin:Email</c> and
/// <c>Admin:Password</c> (and <c>Admin:Name</c>) when no user has that e-mail. Without them, and without any
/// administrator, nobody is created and the log says how to make one. Roles are created on every start.
/// </summary>
public static class InitialAdministrator
{
    public static async Task EnsureAsync(IServiceProvider services, IConfiguration configuration, ILogger log)
    {
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Ensure(await roles.CreateAsync(new IdentityRole(role)), "role " + role);
            }
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        var email = configuration["Admin:Email"]?.Trim();
        if (!string.IsNullOrEmpty(email))
        {
            var password = configuration["Admin:Password"];
            if (await users.FindByEmailAsync(email) is not null)
            {
                return; // made on an earlier start: the configured password is not applied again
            }
            if (string.IsNullOrEmpty(password))
            {
                throw new InvalidOperationException("Admin:Email is set but Admin:Password is not: set Admin__Password to create the first administrator.");
            }
            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, DisplayName = configuration["Admin:Name"] ?? email };
            Ensure(await users.CreateAsync(user, password), "administrator " + email);
            Ensure(await users.AddToRoleAsync(user, Roles.Administrator), "administrator " + email);
            log.LogWarning("Created the administrator {Email} from Admin:Email. Remove Admin__Password from the configuration now; change the password after signing in.", email);
            return;
        }
        if ((await users.GetUsersInRoleAsync(Roles.Administrator)).All(u => u.DeactivatedAt is not null))
        {
            var db = services.GetRequiredService<Infrastructure.Persistence.PcfCertDbContext>();
            log.LogWarning("No administrator exists and none was created ({Users} users). To create one, start once with "
                + "Admin__Email=<e-mail> Admin__Password=<password> (at least 10 characters with a digit, an upper- and a lower-case letter); "
                + "see docs/operations.md.", await db.Users.CountAsync());
        }
    }

    private static void Ensure(IdentityResult result, string what)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Creating {what} failed: " + string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
