[assembly: System.Runtime.CompilerServices.InternalsVisibleTo("etsprobe")]
